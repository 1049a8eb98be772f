package nl.oneplan.events;

/** The events about consent, denials, and information shared or refused under them. */
public sealed interface ConsentEvent extends TrajectoryEvent permits
        ConsentGiven,
        ConsentWithdrawn,
        DenialRecorded,
        InformationShared,
        DisclosureRefused {
}
