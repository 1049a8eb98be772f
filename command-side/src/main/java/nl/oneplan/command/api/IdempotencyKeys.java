package nl.oneplan.command.api;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.ActingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Turns a client's {@code Idempotency-Key} into the id of what it creates, per trajectory and per
 * signed-in user, so that a repeated request finds the first one and two users never collide.
 */
final class IdempotencyKeys {

    private static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {
    }

    static UUID copyId(UUID trajectoryId, String key) {
        if (key == null || key.isBlank()) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key",
                    "send an Idempotency-Key header (a new random value per copy, the same one when retrying)");
        }
        if (key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_INVALID, "Idempotency-Key",
                    "an Idempotency-Key is 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication != null && authentication.getPrincipal() instanceof ActingUser actor
                ? actor.userId() : "";
        return UUID.nameUUIDFromBytes((trajectoryId + "/copy/" + user + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
