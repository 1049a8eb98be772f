package nl.oneplan.query.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a slotted projection makes the handlers of one slot: each projection declares one of these
 * as a bean, and the query side registers an instance per slot with that slot's processor, so no
 * projection needs a subclass (and a processing group annotation) per slot.
 */
public final class SlotHandlers {

    private final SlottedProjection projection;
    private final ProjectionSlots slots;
    private final BatchWrites batchWrites;
    private final Function<SlotWrites, SlotHandler> create;
    private final Map<String, SlotHandler> bySlot = new ConcurrentHashMap<>();

    public SlotHandlers(SlottedProjection projection, ProjectionSlots slots, BatchWrites batchWrites,
                        Function<SlotWrites, SlotHandler> create) {
        this.projection = projection;
        this.slots = slots;
        this.batchWrites = batchWrites;
        this.create = create;
    }

    public SlottedProjection projection() {
        return projection;
    }

    /** The one instance of this slot's handlers. */
    public SlotHandler of(String slot) {
        return bySlot.computeIfAbsent(slot, name -> create.apply(new SlotWrites(projection, name, slots,
                batchWrites)));
    }
}
