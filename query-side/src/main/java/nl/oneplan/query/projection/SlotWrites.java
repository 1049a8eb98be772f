package nl.oneplan.query.projection;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What one slot's handlers need to write: which projection and slot they are, whether the slot
 * takes writes in this batch, the batch's writes and the slot's tables.
 */
public record SlotWrites(SlottedProjection projection, String slot, ProjectionSlots slots, BatchWrites batchWrites) {

    /** The current processor batch of this slot, opened for the families it holds on first use. */
    public <B> B current(Function<Set<UUID>, B> open, BatchWrites.Writer<B> writer) {
        return batchWrites.current(projection.name(), slot, open, writer);
    }

    /** Whether this slot writes this batch: it serves or is being rebuilt (an idle slot reads along). */
    public boolean openBatch() {
        return slots.openBatch(projection.name(), slot);
    }

    /** The table {@code name} of this slot. */
    public String table(String name) {
        return projection.table(name, slot);
    }
}
