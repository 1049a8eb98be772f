package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision taken for a child's safety against the family's wish: what, who decided, the options
 * put to the family ("if this, then that") and how the family responded. The direction the
 * members keep is recorded beside it as {@link DirectionLevelRecorded} events.
 */
@Revision("1")
public record SafetyDecisionRecorded(UUID trajectoryId, int decisionNumber, LocalDate decidedOn, String decision,
                                     String decidedBy, List<String> optionsPutToFamily, String familyResponse,
                                     List<UUID> memberIds, DirectionLevel directionLevelAfter) implements CareEvent {
}
