package nl.oneplan.events;

/**
 * The events about who is involved: the family members and their contact details, participants and
 * their accounts, the coordinator and how they coordinate.
 */
public sealed interface InvolvementEvent extends TrajectoryEvent permits
        FamilyMemberRegistered,
        FamilyMemberCorrected,
        FamilyContactRecorded,
        ParticipantInvolved,
        ParticipantAccountLinked,
        ParticipantAccountUnlinked,
        ParticipantWithdrawn,
        CoordinatorAssigned,
        CoordinationHandedOver,
        CoordinationArrangementRecorded {
}
