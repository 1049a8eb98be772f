package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** Who was informed of the closure and by whom; {@code note} says why when nobody needs to be. */
@Revision("1")
public record ClosureInformationRecorded(UUID trajectoryId, List<InformedParty> informed, String note)
        implements LifecycleEvent {
}
