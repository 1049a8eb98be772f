package nl.oneplan.query.reports;

import nl.oneplan.query.projection.SlottedProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the report projection as rebuildable beside the version reports read. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    SlottedProjection trajectoryReport() {
        return TrajectoryReportProjection.PROJECTION;
    }
}
