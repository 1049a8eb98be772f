package nl.oneplan.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import nl.oneplan.query.projection.ProjectionStatus;
import nl.oneplan.query.projection.ProjectionStatuses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How far each projection processor is behind the event store ({@code oneplan_projection_lag}) and
 * how many families it parked ({@code oneplan_projection_dead_letters}), per processor, read from
 * the shared token store every few seconds. A command-only process has none.
 */
@Component
class ProjectionMetrics {

    private final ObjectProvider<ProjectionStatuses> statuses;
    private final MultiGauge lag;
    private final MultiGauge deadLetters;

    ProjectionMetrics(ObjectProvider<ProjectionStatuses> statuses, MeterRegistry registry) {
        this.statuses = statuses;
        this.lag = MultiGauge.builder("oneplan.projection.lag").description("events the processor is behind")
                .register(registry);
        this.deadLetters = MultiGauge.builder("oneplan.projection.dead.letters")
                .description("families the processor parked because it could not project one of their events")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${oneplan.metrics.projections-interval:PT5S}", initialDelay = 1000)
    void refresh() {
        ProjectionStatuses available = statuses.getIfAvailable();
        if (available == null) {
            return;
        }
        List<ProjectionStatus> all;
        try {
            all = available.all();
        } catch (RuntimeException unreadable) {
            return;
        }
        lag.register(all.stream().filter(status -> !"IDLE".equals(status.state()))
                .map(status -> MultiGauge.Row.of(Tags.of("processor", status.name()), status.lag())).toList(), true);
        deadLetters.register(all.stream().filter(status -> !"IDLE".equals(status.state()))
                .map(status -> MultiGauge.Row.of(Tags.of("processor", status.name()), status.deadLetters().size()))
                .toList(), true);
    }
}
