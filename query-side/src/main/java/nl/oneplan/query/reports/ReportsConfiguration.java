package nl.oneplan.query.reports;

import org.springframework.jdbc.core.JdbcTemplate;
import nl.oneplan.query.projection.BatchWrites;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlotHandlers;
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

    /** The handlers of each slot of the report projection. */
    @Bean
    SlotHandlers trajectoryReportHandlers(JdbcTemplate jdbc, ProjectionSlots slots, BatchWrites batchWrites) {
        return new SlotHandlers(TrajectoryReportProjection.PROJECTION, slots, batchWrites,
                writes -> new TrajectoryReportProjection(jdbc, writes));
    }
}
