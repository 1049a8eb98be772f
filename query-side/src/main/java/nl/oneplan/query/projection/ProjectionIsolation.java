package nl.oneplan.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * One family's bad event never stops a projection: every event handler of a slotted projection
 * (processing group {@code <projection>-<slot>}) runs here, and when it fails for an event (a bug,
 * a payload that cannot be read) that trajectory is parked in {@link DeadLetters} and its later
 * events in that slot are skipped, while the batch, and every other family in it, goes on. Both
 * the event processors and the store replays of a rebuild call handlers through this.
 */
@Component
public class ProjectionIsolation implements HandlerEnhancerDefinition {

    // Handlers are wrapped while Axon configures itself, before DeadLetters exists; it is fetched once, at first use.
    private final ObjectProvider<DeadLetters> deadLetters;
    private volatile DeadLetters letters;

    ProjectionIsolation(ObjectProvider<DeadLetters> deadLetters) {
        this.deadLetters = deadLetters;
    }

    private DeadLetters letters() {
        DeadLetters current = letters;
        if (current == null) {
            current = deadLetters.getObject();
            letters = current;
        }
        return current;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.declaringClass().getName().startsWith("nl.oneplan.query.")) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                // The slot's processing group is the instance's: one instance per slot.
                String group = target instanceof SlotHandler slotHandler ? slotHandler.processingGroup() : null;
                if (group == null || !group.matches(".+-[ab]") || !(message instanceof DomainEventMessage<?> event)) {
                    return super.handle(message, target);
                }
                String projection = group.substring(0, group.length() - 2);
                String slot = group.substring(group.length() - 1);
                UUID trajectoryId = UUID.fromString(event.getAggregateIdentifier());
                DeadLetters letters = letters();
                boolean retrying = DeadLetters.retrying();
                if (!retrying && letters.isParked(projection, slot, trajectoryId)) {
                    if (letters.skipped(projection, slot, trajectoryId)) {
                        return null;
                    }
                    // Retried meanwhile: this batch loaded the family as it was before, so it starts again.
                    throw new IllegalStateException("trajectory " + trajectoryId + " was retried in " + group
                            + " while this batch ran; the batch is handled again");
                }
                try {
                    return super.handle(message, target);
                } catch (Exception | LinkageError | AssertionError failure) {
                    if (retrying) {
                        throw failure;
                    }
                    letters.park(projection, slot, trajectoryId, event.getSequenceNumber(), event.getPayloadType()
                            .getName(), failure);
                    return null;
                }
            }
        };
    }
}
