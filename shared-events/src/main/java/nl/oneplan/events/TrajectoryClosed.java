package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The trajectory ended. {@code withoutFinalEvaluation} is set when a forced reason closed it
 * before the final evaluation; {@code explanation} then says why.
 */
@Revision("1")
public record TrajectoryClosed(UUID trajectoryId, LocalDate closedOn, ClosureReason reason,
                               boolean withoutFinalEvaluation, String explanation) implements LifecycleEvent {
}
