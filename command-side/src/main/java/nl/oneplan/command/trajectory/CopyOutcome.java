package nl.oneplan.command.trajectory;

import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.UncoveredPair;

import java.util.List;

/**
 * What issuing a copy came to: issued with exactly these parts, the same copy asked for again
 * (nothing new recorded), or refused because the family's consent covers nothing of the plan for
 * the recipient (the attempt is recorded).
 */
public record CopyOutcome(Accepted accepted, Kind kind, List<DisclosedPart> parts, List<UncoveredPair> uncovered) {

    public enum Kind { ISSUED, REPEATED, REFUSED }

    static CopyOutcome issued(Accepted accepted, List<DisclosedPart> parts) {
        return new CopyOutcome(accepted, Kind.ISSUED, parts, List.of());
    }

    static CopyOutcome repeated(Accepted accepted) {
        return new CopyOutcome(accepted, Kind.REPEATED, List.of(), List.of());
    }

    static CopyOutcome refused(Accepted accepted, List<UncoveredPair> uncovered) {
        return new CopyOutcome(accepted, Kind.REFUSED, List.of(), uncovered);
    }
}
