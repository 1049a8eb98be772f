package nl.oneplan.query.timeline;

import nl.oneplan.query.projection.BatchWrites;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlotHandlers;
import nl.oneplan.query.projection.SlottedProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the timeline as rebuildable beside the version coordinators and privacy officers read. */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    SlottedProjection timeline() {
        return TimelineRepository.PROJECTION;
    }

    /** The handlers of each slot of the timeline. */
    @Bean
    SlotHandlers timelineHandlers(TimelineRepository repository, ProjectionSlots slots, BatchWrites batchWrites) {
        return new SlotHandlers(TimelineRepository.PROJECTION, slots, batchWrites,
                writes -> new TimelineProjection(repository, writes));
    }
}
