package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.Accepted;

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

    public static CopyOutcome issued(Accepted accepted, List<DisclosedPart> parts) {
        return new CopyOutcome(accepted, Kind.ISSUED, parts, List.of());
    }

    public static CopyOutcome repeated(Accepted accepted) {
        return new CopyOutcome(accepted, Kind.REPEATED, List.of(), List.of());
    }

    public static CopyOutcome refused(Accepted accepted, List<UncoveredPair> uncovered) {
        return new CopyOutcome(accepted, Kind.REFUSED, List.of(), uncovered);
    }
}
