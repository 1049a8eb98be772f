package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.Accepted;

import nl.oneplan.events.UncoveredPair;

import java.util.List;

/**
 * What a request to share came to: shared, or refused with the exact pairs that were not covered.
 * A refusal is stored as evidence, so it is an outcome and not an exception.
 */
public record SharingOutcome(Accepted accepted, List<UncoveredPair> uncovered) {

    public boolean refused() {
        return !uncovered.isEmpty();
    }
}
