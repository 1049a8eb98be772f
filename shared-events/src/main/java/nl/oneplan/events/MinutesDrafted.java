package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record MinutesDrafted(UUID trajectoryId, int roundTableNumber, String text) implements RoundTableEvent {
}
