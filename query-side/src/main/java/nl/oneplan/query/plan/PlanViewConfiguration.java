package nl.oneplan.query.plan;

import nl.oneplan.query.projection.BatchWrites;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlotHandlers;
import nl.oneplan.query.projection.SlottedProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the plan view as rebuildable beside the version coordinators read. */
@Configuration(proxyBeanMethods = false)
class PlanViewConfiguration {

    @Bean
    SlottedProjection planView() {
        return PlanViewRepository.PROJECTION;
    }

    /** The handlers of each slot of the plan view. */
    @Bean
    SlotHandlers planViewHandlers(PlanViewRepository repository, ProjectionSlots slots, BatchWrites batchWrites) {
        return new SlotHandlers(PlanViewRepository.PROJECTION, slots, batchWrites,
                writes -> new PlanViewProjection(repository, writes));
    }
}
