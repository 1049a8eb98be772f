package nl.oneplan.query.projection;

/**
 * The event handlers of one slot of a slotted projection: one instance per slot, registered
 * with its slot's processor by {@link SlotHandlers}. Its processing group is
 * {@code <projection>-<slot>}.
 */
public interface SlotHandler {

    /** The slot this instance writes, and how. */
    SlotWrites writes();

    default SlottedProjection projection() {
        return writes().projection();
    }

    default String slot() {
        return writes().slot();
    }

    default String processingGroup() {
        return projection().processor(slot());
    }
}
