package nl.oneplan.query.plan;

import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalResult;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.InformedParty;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.PartAttendance;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Registration;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTablePart;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SampleEvents;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID DAAN = UUID.randomUUID();
    private static final UUID COACH = UUID.randomUUID();
    private static final UUID AUNT = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final PlanView.ChangedBy BY = new PlanView.ChangedBy("ahmed", "Ahmed Yilmaz", "Wijkteam Gouda");

    private PlanView view;

    @BeforeEach
    void openedWithFamilyAndNetwork() {
        view = PlanView.empty(ID);
        view.on(new TrajectoryOpened(ID, "Jansen", "Gouda", START, new Registration(RegistrationRoute.SELF, null)));
        for (StandardAgreement standard : StandardAgreement.values()) {
            view.on(AgreementMade.standard(ID, standard.ordinal() + 1, standard, START), BY);
        }
        view.on(new FamilyMemberRegistered(ID, MOTHER, "Petra Jansen", LocalDate.of(1985, 4, 2), MemberRole.PARENT,
                true));
        view.on(new FamilyMemberRegistered(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30), MemberRole.CHILD,
                false));
        view.on(new ParticipantInvolved(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries", null, "CJG Gouda",
                "gezinscoach", "gezinscoach", "s@cjg.nl", "0182 123 456",
                Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY)));
        view.on(new ParticipantInvolved(ID, AUNT, ParticipantKind.NETWORK, "Els Bakker", NetworkCategory.RELATIVES,
                null, null, "tante", null, null, null));
    }

    @Test
    void opensWithTheFormatsTitleAndTheTwoStandardAgreements() {
        assertThat(PlanView.TITLE).isEqualTo("Gezinsplan — 1Gezin1Plan");
        assertThat(view.status()).isEqualTo("OPEN");
        assertThat(view.agreements()).extracting(PlanView.Agreement::standard)
                .containsExactly(StandardAgreement.FINAL_EVALUATION, StandardAgreement.AGREE_WHO_IS_INFORMED);
        assertThat(view.agreements().get(0).who().kind()).isEqualTo(PartyKind.COORDINATOR_WITH_FAMILY);
        assertThat(view.agreements().get(0).who().name()).isNull();
    }

    @Test
    void reachableDaysReadInWeekOrder() {
        assertThat(view.involved().get(0).reachableDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(view.involved().get(1).reachableDays()).isEmpty();
    }

    @Test
    void theCoordinatorIsHighlightedAndOwnsTheStandardAgreements() {
        view.on(new CoordinatorAssigned(ID, PartyRef.participant(COACH)));

        assertThat(view.coordinator().name()).isEqualTo("Sanne de Vries");
        assertThat(view.coordinator().organisation()).isEqualTo("CJG Gouda");
        assertThat(view.involved()).extracting(PlanView.Involved::coordinator).containsExactly(true, false);
        assertThat(view.agreements().get(1).who().name()).isEqualTo("Sanne de Vries");

        view.on(new CoordinatorAssigned(ID, PartyRef.member(MOTHER)));

        assertThat(view.coordinator().kind()).isEqualTo(PartyKind.MEMBER);
        assertThat(view.coordinator().name()).isEqualTo("Petra Jansen");
        assertThat(view.involved()).extracting(PlanView.Involved::coordinator).containsExactly(false, false);
        assertThat(view.agreements().get(0).who().name()).isEqualTo("Petra Jansen");
    }

    @Test
    void aCorrectedNameIsShownWhereverTheMemberIsReferred() {
        view.on(new CoordinatorAssigned(ID, PartyRef.member(MOTHER)));
        view.on(new GoalSet(ID, 1, "Werk", LifeDomain.WORK_INCOME_DEBTS, List.of(MOTHER), START, START.plusMonths(6), null), BY);
        view.on(new AgreementMade(ID, 3, 1, PartyRef.member(MOTHER), "Solliciteren", START, START.plusMonths(1),
                null), BY);

        view.on(new FamilyMemberCorrected(ID, MOTHER, "Petra de Jong", LocalDate.of(1985, 4, 2), MemberRole.PARENT,
                true));

        assertThat(view.family().members().get(0).name()).isEqualTo("Petra de Jong");
        assertThat(view.coordinator().name()).isEqualTo("Petra de Jong");
        assertThat(view.goals().get(0).members()).containsExactly("Petra de Jong");
        assertThat(view.agreements().get(2).who().name()).isEqualTo("Petra de Jong");
        assertThat(view.agreements().get(0).who().name()).isEqualTo("Petra de Jong");
    }

    @Test
    void goalsAndAgreementsRecordWhenTheyAreDone() {
        view.on(new GoalSet(ID, 1, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN), START,
                START.plusMonths(6), null), BY);
        view.on(new AgreementMade(ID, 3, 1, PartyRef.participant(AUNT), "Brengen", START, START.plusMonths(1), null), BY);
        view.on(new GoalAchieved(ID, 1, LocalDate.of(2026, 3, 1)));
        view.on(new AgreementCompleted(ID, 3, LocalDate.of(2026, 2, 1)));

        assertThat(view.goals().get(0).achievedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(view.goals().get(0).members()).containsExactly("Daan Jansen");
        assertThat(view.agreements().get(2).who().name()).isEqualTo("Els Bakker");
        assertThat(view.agreements().get(2).completedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(view.agreements().get(0).completedOn()).isNull();
    }

    @Test
    void theDirectionLevelShownIsTheOneWithTheLatestDate() {
        view.on(DirectionLevelRecorded.recorded(ID, MOTHER, null, DirectionLevel.CO_DECIDER, LocalDate.of(2026, 3, 1), null));
        // Entered afterwards, about an earlier round table.
        view.on(DirectionLevelRecorded.recorded(ID, MOTHER, null, DirectionLevel.ADVISER, LocalDate.of(2026, 2, 1), null));
        assertThat(view.directionLevels()).singleElement().satisfies(direction -> {
            assertThat(direction.level()).isEqualTo(DirectionLevel.CO_DECIDER);
            assertThat(direction.recordedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
        view.on(DirectionLevelRecorded.recorded(ID, MOTHER, null, DirectionLevel.DRIVING_FORCE, LocalDate.of(2026, 4, 1), null));
        assertThat(view.directionLevels()).singleElement()
                .satisfies(direction -> assertThat(direction.level()).isEqualTo(DirectionLevel.DRIVING_FORCE));
    }

    @Test
    void anIndicationPastItsEndThatWasNeverEndedIsFlaggedExpired() {
        UUID past = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        view.on(new IndicationRegistered(ID, past, "Jeugdhulp", "Begeleiding", START, LocalDate.of(2026, 6, 30)));
        view.on(new IndicationRegistered(ID, ended, "Jeugdhulp", "Dagbesteding", START, LocalDate.of(2026, 6, 30)));
        view.on(new IndicationEnded(ID, ended, LocalDate.of(2026, 6, 30), "Doel bereikt"));
        view.on(new IndicationRegistered(ID, running, "Jeugdhulp", "Training", START, LocalDate.of(2027, 6, 30)));

        List<PlanView.Indication> read = view.asOf(LocalDate.of(2026, 12, 2), 30).indications();
        assertThat(read).extracting(PlanView.Indication::kindOfCare, PlanView.Indication::expired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Begeleiding", true),
                        org.assertj.core.groups.Tuple.tuple("Dagbesteding", false),
                        org.assertj.core.groups.Tuple.tuple("Training", false));
    }

    @Test
    void contactAndArrangementAreReplacedByTheLatest() {
        view.on(new FamilyContactRecorded(ID, "Kerkstraat 1", "Gouda", "0182 555 123", null, "Eerst bellen"));
        view.on(new FamilyContactRecorded(ID, "Markt 2", "Gouda", null, "j@example.nl", null));
        view.on(new CoordinationArrangementRecorded(ID, ArrangementKind.EMAIL, null));

        assertThat(view.family().address()).isEqualTo("Markt 2");
        assertThat(view.family().importantInformation()).isNull();
        assertThat(view.coordinationArrangement().kind()).isEqualTo(ArrangementKind.EMAIL);
    }

    @Test
    void knowsWhichAccountsActAsItsParticipants() {
        view.on(new ParticipantAccountLinked(ID, COACH, "sanne"));

        assertThat(view.accounts()).containsExactly(java.util.Map.entry(COACH, "sanne"));
        assertThat(view.involved().get(0).userId()).isEqualTo("sanne");
        assertThat(view.involved().get(1).userId()).isNull();
    }

    @Test
    void aCoordinatorWithoutAnAccountHasNoCoordinatorAccount() {
        view.on(new CoordinatorAssigned(ID, PartyRef.participant(COACH)));

        assertThat(view.coordinatorUserId()).isNull();

        view.on(new ParticipantAccountLinked(ID, COACH, "sanne"));

        assertThat(view.coordinatorUserId()).isEqualTo("sanne");
    }

    @Test
    void anUnlinkedAccountNoLongerActsAndTheCoordinatorIsWhoTheSharedRuleSays() {
        view.on(new ParticipantAccountLinked(ID, COACH, "sanne"));
        assertThat(view.participantOf("sanne")).contains(COACH);
        assertThat(view.coordinatedBy("sanne")).as("the opener acts for a coordinator not yet chosen").isTrue();

        view.on(new ParticipantAccountUnlinked(ID, COACH, "sanne", "Andere baan"));

        assertThat(view.accounts()).isEmpty();
        assertThat(view.participantOf("sanne")).isEmpty();
        assertThat(view.coordinatedBy("sanne")).isFalse();
    }

    @Test
    void goalsAndAgreementsSayWhoRecordedThem() {
        view.on(new GoalSet(ID, 1, "Werk", LifeDomain.WORK_INCOME_DEBTS, List.of(), START, START, null), BY);

        assertThat(view.goals().get(0).recordedBy()).isEqualTo(BY);
        assertThat(view.agreements().get(0).recordedBy()).isEqualTo(BY);
    }

    @Test
    void showsTheWayToClosureAndStartsAfreshWhenReopened() {
        view.on(new GoalSet(ID, 1, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN), START,
                START.plusMonths(6), null), BY);
        view.on(new ClosureProposed(ID, ClosureReason.GOALS_REACHED, LocalDate.of(2026, 5, 1), null));
        assertThat(view.status()).isEqualTo("CLOSURE_PROPOSED");

        view.on(new FinalEvaluationHeld(ID, LocalDate.of(2026, 5, 8), "Korte lijnen", "Eerder beginnen",
                List.of(new GoalResult(1, "Gaat elke dag")), true, "Zelf verder", List.of(MOTHER), List.of(COACH)),
                BY);
        view.on(new ClosureInformationRecorded(ID, List.of(new InformedParty("huisarts", PartyRef.member(MOTHER),
                LocalDate.of(2026, 5, 9))), null));
        view.on(new TrajectoryClosed(ID, LocalDate.of(2026, 5, 10), ClosureReason.GOALS_REACHED, false, null));

        assertThat(view.status()).isEqualTo("CLOSED");
        assertThat(view.finalEvaluation().goalResults()).containsExactly(
                new PlanView.Result(1, "Naar school", "Gaat elke dag"));
        assertThat(view.finalEvaluation().tookPart()).containsExactly("Petra Jansen", "Sanne de Vries");
        assertThat(view.closure().informed()).containsExactly(
                new PlanView.Informed("huisarts", "Petra Jansen", LocalDate.of(2026, 5, 9)));
        assertThat(view.closure().closedOn()).isEqualTo(LocalDate.of(2026, 5, 10));

        view.on(new TrajectoryReopened(ID, LocalDate.of(2026, 6, 1), "Weer verzuim"));

        assertThat(view.status()).isEqualTo("OPEN");
        assertThat(view.finalEvaluation()).isNull();
        assertThat(view.closure().closedOn()).isNull();
        // The earlier end stays in view: when and why it closed, and the evaluation held with the family.
        assertThat(view.closure().reopenings()).singleElement().satisfies(reopening -> {
            assertThat(reopening.reopenedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(reopening.reason()).isEqualTo("Weer verzuim");
            assertThat(reopening.closedOn()).isEqualTo(LocalDate.of(2026, 5, 10));
            assertThat(reopening.closureReason()).isEqualTo(ClosureReason.GOALS_REACHED);
            assertThat(reopening.evaluation().heldOn()).isEqualTo(LocalDate.of(2026, 5, 8));
            assertThat(reopening.evaluation().wentWell()).isEqualTo("Korte lijnen");
        });
    }

    @Test
    void aForcedClosureShowsItHadNoFinalEvaluation() {
        view.on(new ClosureProposed(ID, ClosureReason.MOVED, LocalDate.of(2026, 5, 1), null));
        view.on(new TrajectoryClosed(ID, LocalDate.of(2026, 5, 2), ClosureReason.MOVED, true, "Verhuisd"));

        assertThat(view.status()).isEqualTo("CLOSED_WITHOUT_FINAL_EVALUATION");
        assertThat(view.closure().explanation()).isEqualTo("Verhuisd");
        assertThat(view.closure().withoutFinalEvaluation()).isTrue();
    }

    @Test
    void goalsAreRevisedAndDroppedVisibly() {
        view.on(new GoalSet(ID, 1, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN), START,
                START.plusMonths(6), GoalAuthorship.FAMILY), BY);
        view.on(new GoalSet(ID, 2, "Rust", LifeDomain.HOUSING, List.of(), START, START.plusMonths(6), null), BY);
        view.on(new GoalRevised(ID, 1, "Vier dagen naar school", START.plusMonths(8), List.of(DAAN, MOTHER)));
        view.on(new GoalDropped(ID, 2, GoalDropReason.REPLACED, 1, LocalDate.of(2026, 2, 1)));

        PlanView.Goal revised = view.goals().get(0);
        assertThat(revised.description()).isEqualTo("Vier dagen naar school");
        assertThat(revised.members()).containsExactly("Daan Jansen", "Petra Jansen");
        assertThat(revised.formulatedBy()).isEqualTo(GoalAuthorship.FAMILY);
        assertThat(view.goals().get(1).dropped()).isEqualTo(
                new PlanView.Dropped(LocalDate.of(2026, 2, 1), GoalDropReason.REPLACED, 1));
    }

    @Test
    void agreementsAreOverdueOnlyWhenTheirPlannedEndHasPassedUndone() {
        view.on(new AgreementMade(ID, 3, null, PartyRef.member(MOTHER), "Bellen", START, LocalDate.of(2026, 2, 1),
                null), BY);
        view.on(new AgreementMade(ID, 4, null, PartyRef.member(MOTHER), "Schrijven", START, LocalDate.of(2026, 2, 1),
                null), BY);
        view.on(new AgreementMade(ID, 5, null, PartyRef.member(MOTHER), "Lezen", START, LocalDate.of(2026, 2, 1),
                null), BY);
        view.on(new AgreementCompleted(ID, 4, LocalDate.of(2026, 2, 1)));
        view.on(new AgreementCancelled(ID, 5, "Niet nodig"));
        view.on(new AgreementRescheduled(ID, 3, LocalDate.of(2026, 2, 15), "Ziek"));

        assertThat(view.asOf(LocalDate.of(2026, 2, 15), 30).agreements()).extracting(PlanView.Agreement::overdue)
                .containsExactly(false, false, false, false, false);
        assertThat(view.asOf(LocalDate.of(2026, 2, 16), 30).agreements()).extracting(PlanView.Agreement::overdue)
                .containsExactly(false, false, true, false, false);
        assertThat(view.agreements().get(2).rescheduleReason()).isEqualTo("Ziek");
    }

    @Test
    void aWithdrawnParticipantStaysListedButLosesAccess() {
        view.on(new ParticipantAccountLinked(ID, COACH, "sanne"));
        view.on(new ParticipantWithdrawn(ID, COACH, LocalDate.of(2026, 3, 1), null));

        assertThat(view.involved().get(0).withdrawnOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(view.accounts()).isEmpty();
    }

    @Test
    void everyChangeOfCoordinatorIsKept() {
        view.on(new CoordinatorAssigned(ID, PartyRef.participant(COACH)));
        view.on(new CoordinationHandedOver(ID, PartyRef.participant(COACH), PartyRef.member(MOTHER),
                "Petra regelt het zelf", LocalDate.of(2026, 3, 1), true));

        assertThat(view.coordinator().name()).isEqualTo("Petra Jansen");
        assertThat(view.involved().get(0).coordinator()).isFalse();
        assertThat(view.coordinatorChanges()).containsExactly(new PlanView.CoordinatorChange("Sanne de Vries",
                "Petra Jansen", "Petra regelt het zelf", LocalDate.of(2026, 3, 1), true));
    }

    @Test
    void readingAsOfADayGivesACopyAndLeavesTheStoredViewAsItWas() throws Exception {
        view.on(new AgreementMade(ID, 3, null, PartyRef.member(MOTHER), "Bellen", START, LocalDate.of(2026, 2, 1),
                null), BY);
        view.on(new IndicationRegistered(ID, UUID.randomUUID(), "Jeugdhulp", "Begeleiding", START,
                LocalDate.of(2026, 6, 30)));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        String stored = json.writeValueAsString(view);

        PlanView read = view.asOf(LocalDate.of(2026, 6, 15), 30);

        assertThat(read).isNotSameAs(view);
        assertThat(read.agreements()).extracting(PlanView.Agreement::overdue).containsExactly(false, false, true);
        assertThat(read.indications().get(0).endingSoon()).isTrue();
        assertThat(read.roundTableDue().overdue()).isTrue();
        assertThat(view.agreements()).extracting(PlanView.Agreement::overdue).containsOnlyNulls();
        assertThat(view.indications().get(0).endingSoon()).isNull();
        assertThat(view.roundTableDue()).isNull();
        assertThat(view.closurePendingTooLong()).isNull();
        assertThat(json.writeValueAsString(view)).isEqualTo(stored);
    }

    @Test
    void aCopyReadAsOfADayChangesApartFromTheView() {
        PlanView read = view.asOf(LocalDate.of(2026, 2, 1), 30);

        read.on(new FamilyMemberRegistered(ID, UUID.randomUUID(), "Sem Jansen", LocalDate.of(2018, 1, 1),
                MemberRole.CHILD, false));
        read.on(new IndicationRegistered(ID, UUID.randomUUID(), "Jeugdhulp", "Begeleiding", START,
                LocalDate.of(2026, 6, 30)));

        assertThat(view.family().members()).hasSize(2);
        assertThat(view.indications()).isEmpty();
    }

    @Test
    void directionLevelsShowTheLatestPerMemberAndLifeDomain() {
        view.on(DirectionLevelRecorded.recorded(ID, MOTHER, null, DirectionLevel.ADVISER, START, null));
        view.on(DirectionLevelRecorded.recorded(ID, MOTHER, LifeDomain.HOUSING, DirectionLevel.DRIVING_FORCE, START, null));
        view.on(DirectionLevelRecorded.bySafetyDecision(ID, MOTHER, DirectionLevel.INFORMATION_PROVIDER,
                LocalDate.of(2026, 2, 12), 1));

        assertThat(view.directionLevels()).extracting(PlanView.Direction::lifeDomain, PlanView.Direction::level,
                        PlanView.Direction::dueToSafetyDecision, PlanView.Direction::safetyDecisionNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LifeDomain.HOUSING, DirectionLevel.DRIVING_FORCE,
                                false, null),
                        org.assertj.core.groups.Tuple.tuple(null, DirectionLevel.INFORMATION_PROVIDER, true, 1));
    }

    @Test
    void indicationsEndingWithinTheWarningPeriodAreFlagged() {
        UUID indication = UUID.randomUUID();
        view.on(new IndicationRegistered(ID, indication, "Jeugdhulp", "Begeleiding", START, LocalDate.of(2026, 6, 30)));

        assertThat(view.asOf(LocalDate.of(2026, 5, 30), 30).indications().get(0).endingSoon()).isFalse();
        assertThat(view.asOf(LocalDate.of(2026, 5, 31), 30).indications().get(0).endingSoon()).isTrue();
        assertThat(view.asOf(LocalDate.of(2026, 6, 1), 30).indications().get(0).endingSoon()).isTrue();

        view.on(new IndicationExtended(ID, indication, LocalDate.of(2026, 12, 31)));
        assertThat(view.asOf(LocalDate.of(2026, 6, 1), 30).indications().get(0).endingSoon()).isFalse();
        view.on(new IndicationEnded(ID, indication, LocalDate.of(2026, 12, 20), "Klaar"));
        assertThat(view.asOf(LocalDate.of(2026, 12, 21), 30).indications().get(0).endingSoon()).isFalse();
    }

    @Test
    void anOpenEscalationShows() {
        view.on(new Escalated(ID, 1, EscalationLevel.VEILIG_THUIS, EscalationReason.SAFETY_CONCERN, "Zorgen", START));
        assertThat(view.escalated()).isTrue();
        assertThat(view.escalations().get(0).safety()).isTrue();
        view.on(new Deescalated(ID, 1, "Veiligheidsplan", START.plusDays(10)));
        assertThat(view.escalated()).isFalse();
        assertThat(view.escalationState()).isEqualTo("RESOLVED");
    }

    @Test
    void twoPeopleWithTheSameNameAreToldApartAtARoundTableAndKeepTheirNewNames() {
        UUID son = UUID.randomUUID();
        view.on(new FamilyMemberRegistered(ID, son, "Petra Jansen", LocalDate.of(2010, 1, 1), MemberRole.CHILD,
                false));
        view.on(new RoundTableScheduled(ID, 1, LocalDateTime.of(2026, 2, 10, 14, 0), "CJG",
                List.of(new RoundTablePart("Thuis", List.of(MOTHER, son), List.of()))));
        view.on(new RoundTableHeld(ID, 1, LocalDate.of(2026, 2, 10),
                List.of(new PartAttendance(List.of(son), List.of())), List.of()));
        view.on(new FamilyMemberCorrected(ID, son, "Pieter Jansen", LocalDate.of(2010, 1, 1), MemberRole.CHILD,
                false));

        PlanView.Part part = view.roundTables().get(0).parts().get(0);
        assertThat(part.invited()).extracting(PlanView.Who::id).containsExactly(MOTHER, son);
        assertThat(part.attended()).extracting(PlanView.Who::id, PlanView.Who::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(son, "Pieter Jansen"));
    }

    /** A new event fails here until it is decided whether (and how) it changes the plan. */
    @Test
    void everyEventEitherChangesThePlanOrIsKnownNotTo() {
        Set<Class<?>> unchanged = SampleEvents.types().stream()
                .filter(type -> !PlanView.changedBy().contains(type)).collect(Collectors.toSet());

        // Consent and sharing are the ledger's and the consent register's, not the plan's.
        assertThat(unchanged).containsExactlyInAnyOrder(ConsentGiven.class,
                ConsentWithdrawn.class, DenialRecorded.class,
                InformationShared.class, DisclosureRefused.class);
        assertThat(PlanView.change(SampleEvents.of(ConsentGiven.class))).isNull();
    }

    @Test
    void aPartStoredWithNamesOnlyStillReads() throws Exception {
        PlanView.Part part = new com.fasterxml.jackson.databind.ObjectMapper().readValue("""
                {"topic":"Thuis","invited":["Petra Jansen"],"attended":[]}""", PlanView.Part.class);

        assertThat(part.invited()).containsExactly(new PlanView.Who(null, null, "Petra Jansen"));
    }

    @Test
    void roundTablesShowInvitationsAttendanceAndTheMinutesWay() {
        view.on(new RoundTableScheduled(ID, 1, LocalDateTime.of(2026, 2, 10, 14, 0), "CJG",
                List.of(new RoundTablePart("School", List.of(MOTHER, DAAN), List.of(COACH)))));
        view.on(new RoundTableHeld(ID, 1, LocalDate.of(2026, 2, 10),
                List.of(new PartAttendance(List.of(MOTHER), List.of(COACH))), List.of()));
        view.on(new MinutesDrafted(ID, 1, "Concept"));
        view.on(new MinutesSentToFamily(ID, 1, LocalDate.of(2026, 2, 11)));
        view.on(new MinutesApprovedByFamily(ID, 1, LocalDate.of(2026, 2, 12), "Concept, aangevuld door moeder"));

        PlanView.RoundTable table = view.roundTables().get(0);
        assertThat(table.parts().get(0).invited()).extracting(PlanView.Who::name)
                .containsExactly("Petra Jansen", "Daan Jansen", "Sanne de Vries");
        assertThat(table.parts().get(0).attended()).extracting(PlanView.Who::id).containsExactly(MOTHER, COACH);
        assertThat(table.minutes().stage()).isEqualTo("APPROVED");
        assertThat(table.minutes().changedByFamily()).isTrue();
        assertThat(table.minutes().text()).isEqualTo("Concept, aangevuld door moeder");
    }

    @Test
    void aRoundTableIsDueTheIntervalAfterTheLastOneOrTheStart() {
        assertThat(view.asOf(START.plusDays(90), 30).roundTableDue().overdue()).isFalse();
        PlanView.RoundTableDue dueFromStart = view.asOf(START.plusDays(91), 30).roundTableDue();
        assertThat(dueFromStart.overdue()).isTrue();
        assertThat(dueFromStart.lastHeldOn()).isNull();

        view.on(new RoundTableIntervalSet(ID, 60));
        view.on(new RoundTableScheduled(ID, 1, LocalDateTime.of(2026, 3, 1, 10, 0), "CJG",
                List.of(new RoundTablePart("Alles", List.of(MOTHER), List.of()))));
        view.on(new RoundTableHeld(ID, 1, LocalDate.of(2026, 3, 1),
                List.of(new PartAttendance(List.of(MOTHER), List.of())), List.of()));

        PlanView.RoundTableDue due = view.asOf(LocalDate.of(2026, 4, 1), 30).roundTableDue();
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(due.overdue()).isFalse();
        assertThat(due.daysSinceLast()).isEqualTo(31);
    }

    @Test
    void aClosureProposedLongAgoAndNotCarriedOutNeedsAttention() {
        view.on(new ClosureProposed(ID, ClosureReason.GOALS_REACHED, LocalDate.of(2026, 5, 1), null));
        assertThat(view.asOf(LocalDate.of(2026, 5, 31), 30).closurePendingTooLong()).isFalse();
        assertThat(view.asOf(LocalDate.of(2026, 6, 1), 30).closurePendingTooLong()).isTrue();
    }

    @Test
    void knowsWhichEventsItAlreadyContains() {
        view.advanceTo(6, Instant.parse("2026-02-01T10:00:00Z"), BY);
        assertThat(view.contains(6)).isTrue();
        assertThat(view.contains(7)).isFalse();
        assertThat(view.lastChange().by()).isEqualTo(BY);
        assertThat(view.lastChange().at()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
    }
}
