package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record TrajectoryOpened(UUID trajectoryId, String familyName, String municipality, LocalDate startDate,
                               Registration registration) implements LifecycleEvent {
}
