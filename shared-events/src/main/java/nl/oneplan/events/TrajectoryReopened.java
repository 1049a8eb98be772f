package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record TrajectoryReopened(UUID trajectoryId, LocalDate reopenedOn, String reason) implements LifecycleEvent {
}
