package nl.oneplan.query.plan;

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
}
