package nl.oneplan.query.timeline;

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
}
