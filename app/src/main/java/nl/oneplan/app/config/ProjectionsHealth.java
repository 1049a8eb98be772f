package nl.oneplan.app.config;

import nl.oneplan.query.projection.ProjectionStatus;
import nl.oneplan.query.projection.ProjectionStatuses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Health of the read side: DEGRADED (still serving, answer 200) while a projection has parked a
 * family it could not project, with which ones; UP otherwise. A command-only process has no
 * projections and says nothing here.
 */
@Component("projections")
class ProjectionsHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a projection parked families it could not project");

    private final ObjectProvider<ProjectionStatuses> statuses;

    ProjectionsHealth(ObjectProvider<ProjectionStatuses> statuses) {
        this.statuses = statuses;
    }

    @Override
    public Health health() {
        ProjectionStatuses available = statuses.getIfAvailable();
        if (available == null) {
            return Health.up().withDetail("projections", "none in this process").build();
        }
        List<ProjectionStatus> parking;
        try {
            parking = available.all().stream().filter(status -> !"IDLE".equals(status.state())
                    && !status.deadLetters().isEmpty()).toList();
        } catch (RuntimeException unreadable) {
            // The database indicator says why; this one cannot tell anything then.
            return Health.unknown().withDetail("projections", "cannot be read now").build();
        }
        if (parking.isEmpty()) {
            return Health.up().build();
        }
        Health.Builder builder = Health.status(DEGRADED);
        parking.forEach(status -> builder.withDetail(status.name(), status.deadLetters().size() + " parked"));
        return builder.build();
    }
}
