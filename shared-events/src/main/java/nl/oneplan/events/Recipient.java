package nl.oneplan.events;

import java.util.UUID;

/** Who receives information: one involved participant, or an organisation as a whole. Exactly one is set. */
public record Recipient(UUID participantId, String organisation) {

    public static Recipient participant(UUID participantId) {
        return new Recipient(participantId, null);
    }

    public static Recipient organisation(String organisation) {
        return new Recipient(null, organisation);
    }
}
