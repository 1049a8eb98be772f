package nl.oneplan.command.trajectory;

import nl.oneplan.command.trajectory.care.Deescalate;
import nl.oneplan.command.trajectory.care.EndIndication;
import nl.oneplan.command.trajectory.care.Escalate;
import nl.oneplan.command.trajectory.care.ExtendIndication;
import nl.oneplan.command.trajectory.care.RecordDirectionLevel;
import nl.oneplan.command.trajectory.care.RecordSafetyDecision;
import nl.oneplan.command.trajectory.care.RegisterIndication;
import nl.oneplan.command.trajectory.closure.CloseTrajectory;
import nl.oneplan.command.trajectory.closure.Closure;
import nl.oneplan.command.trajectory.closure.HoldFinalEvaluation;
import nl.oneplan.command.trajectory.closure.ProposeClosure;
import nl.oneplan.command.trajectory.closure.RecordClosureInformation;
import nl.oneplan.command.trajectory.closure.ReopenTrajectory;
import nl.oneplan.command.trajectory.consent.ConsentAuthorityPolicy;
import nl.oneplan.command.trajectory.consent.CopyOutcome;
import nl.oneplan.command.trajectory.consent.GiveConsent;
import nl.oneplan.command.trajectory.consent.IssuePlanCopy;
import nl.oneplan.command.trajectory.consent.RecordDenial;
import nl.oneplan.command.trajectory.consent.ShareInformation;
import nl.oneplan.command.trajectory.consent.SharingOutcome;
import nl.oneplan.command.trajectory.consent.WithdrawConsent;
import nl.oneplan.command.trajectory.involvement.AssignCoordinator;
import nl.oneplan.command.trajectory.involvement.CorrectFamilyMember;
import nl.oneplan.command.trajectory.involvement.HandOverCoordination;
import nl.oneplan.command.trajectory.involvement.InvolveParticipant;
import nl.oneplan.command.trajectory.involvement.LinkParticipantAccount;
import nl.oneplan.command.trajectory.involvement.RecordCoordinationArrangement;
import nl.oneplan.command.trajectory.involvement.RecordFamilyContact;
import nl.oneplan.command.trajectory.involvement.RegisterFamilyMember;
import nl.oneplan.command.trajectory.involvement.UnlinkParticipantAccount;
import nl.oneplan.command.trajectory.involvement.WithdrawParticipant;
import nl.oneplan.command.trajectory.plan.CancelAgreement;
import nl.oneplan.command.trajectory.plan.CompleteAgreement;
import nl.oneplan.command.trajectory.plan.DropGoal;
import nl.oneplan.command.trajectory.plan.MakeAgreement;
import nl.oneplan.command.trajectory.plan.MarkGoalAchieved;
import nl.oneplan.command.trajectory.plan.RescheduleAgreement;
import nl.oneplan.command.trajectory.plan.ReviseGoal;
import nl.oneplan.command.trajectory.plan.SetGoal;
import nl.oneplan.command.trajectory.roundtable.DistributeMinutes;
import nl.oneplan.command.trajectory.roundtable.DraftMinutes;
import nl.oneplan.command.trajectory.roundtable.RecordMinutesApproval;
import nl.oneplan.command.trajectory.roundtable.RecordRoundTableHeld;
import nl.oneplan.command.trajectory.roundtable.RoundTables;
import nl.oneplan.command.trajectory.roundtable.ScheduleRoundTable;
import nl.oneplan.command.trajectory.roundtable.SendMinutesToFamily;
import nl.oneplan.command.trajectory.roundtable.SetRoundTableInterval;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.Category;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.DisclosureChannel;
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
import nl.oneplan.events.GoalReview;
import nl.oneplan.events.GoalReviewOutcome;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.InformedParty;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.PartAttendance;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.Registration;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTablePart;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.StatutoryGround;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.events.UncoveredPair;
import nl.oneplan.events.UserRole;
import nl.oneplan.rules.PurposeCatalogue;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;
import java.util.UUID;


class FamilyTrajectoryTest {

    private static final List<Purpose> SCHOOL = List.of(Purpose.of("SCHOOL_SUPPORT"));
    private static final Purpose FOR_SCHOOL = Purpose.of("SCHOOL_SUPPORT");
    private static final List<Purpose> CARE = List.of(Purpose.of(Purpose.CARE_COORDINATION));

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final UUID ID = UUID.fromString("6f1c1e2a-0000-4000-8000-000000000001");
    private static final UUID MOTHER = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000a1");
    private static final UUID DAAN = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000a2");
    private static final UUID COACH = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000b1");
    private static final UUID AUNT = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000b2");
    private static final UUID OPENER = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000c1");

    private static final LocalDate HANDOVER = LocalDate.of(2026, 2, 10);

    private static final ActingUser AHMED = new ActingUser("ahmed", "Ahmed Yilmaz", Set.of(UserRole.COORDINATOR),
            "Wijkteam Gouda");
    private static final ActingUser SANNE = new ActingUser("sanne", "Sanne de Vries", Set.of(UserRole.COORDINATOR),
            "CJG Gouda");
    private static final ActingUser TEACHER = new ActingUser("marloes", "Marloes Kok", Set.of(UserRole.PROFESSIONAL),
            "Basisschool De Regenboog");
    private static final ActingUser PRIVACY_OFFICER = new ActingUser("pieter", "Pieter Post",
            Set.of(UserRole.PRIVACY_OFFICER), "Gemeente Gouda");

    private AggregateTestFixture<FamilyTrajectory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FamilyTrajectory.class);
        // Commands act as Ahmed, who opened the trajectory, unless a test says otherwise.
        fixture.registerCommandDispatchInterceptor(actingAsOpenerByDefault());
        fixture.registerInjectableResource(new ConsentAuthorityPolicy());
        fixture.registerInjectableResource(PurposeCatalogue.standard());
        fixture.registerInjectableResource(fixture.getEventStore());
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam")));
    }

    private static MessageDispatchInterceptor<CommandMessage<?>> actingAsOpenerByDefault() {
        return messages -> (index, command) -> command.getMetaData().containsKey(ActingUser.USER_ID)
                ? command : command.andMetaData(AHMED.toMetaData());
    }

    private static Map<String, String> as(ActingUser user) {
        return user.toMetaData();
    }

    private static TrajectoryOpened opened() {
        return new TrajectoryOpened(ID, "Jansen", "Gouda", START,
                new Registration(RegistrationRoute.SCHOOL, "Basisschool De Regenboog"));
    }

    private static AgreementMade standard(int number, StandardAgreement standard) {
        return AgreementMade.standard(ID, number, standard, START);
    }

    private static ParticipantInvolved opener() {
        return new ParticipantInvolved(ID, OPENER, ParticipantKind.PROFESSIONAL, "Ahmed Yilmaz", null,
                "Wijkteam Gouda", null, null, null, null, Set.of());
    }

    private static Object[] openedWithStandardAgreements() {
        return new Object[]{opened(), standard(1, StandardAgreement.FINAL_EVALUATION),
                standard(2, StandardAgreement.AGREE_WHO_IS_INFORMED), opener(),
                new ParticipantAccountLinked(ID, OPENER, "ahmed")};
    }

    private static FamilyMemberRegistered mother() {
        return new FamilyMemberRegistered(ID, MOTHER, "Petra Jansen", LocalDate.of(1985, 4, 2), MemberRole.PARENT,
                true);
    }

    private static FamilyMemberRegistered daan() {
        return new FamilyMemberRegistered(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30), MemberRole.CHILD,
                false);
    }

    private static ParticipantInvolved coach() {
        return new ParticipantInvolved(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries", null, "CJG Gouda",
                "gezinscoach", "gezinscoach", "sanne@cjg-gouda.nl", "0182 123 456",
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    private static ParticipantInvolved aunt() {
        return new ParticipantInvolved(ID, AUNT, ParticipantKind.NETWORK, "Els Bakker", NetworkCategory.RELATIVES,
                null, null, "tante", null, "06 12345678", Set.of());
    }

    private static GoalSet goal1() {
        return new GoalSet(ID, 1, "Daan gaat weer elke dag naar school", LifeDomain.EDUCATION_AND_UPBRINGING,
                List.of(DAAN), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 30), GoalAuthorship.FAMILY);
    }

    /**
     * Every rejection stores nothing and names the rule and the field that broke it. Input of the
     * wrong shape is refused where the command is built, so it never reaches the trajectory; a
     * rule of the trajectory is refused by the aggregate, which then applies no event.
     */
    private static void rejected(Supplier<ResultValidator<FamilyTrajectory>> attempt, ErrorCode code, String field) {
        refused(attempt, result -> result.expectException(DomainException.class)
                .expectException(rejection(code, field)), rejection(code, field));
    }

    private static void refused(Supplier<ResultValidator<FamilyTrajectory>> attempt,
                                java.util.function.Consumer<ResultValidator<FamilyTrajectory>> byTheTrajectory,
                                Matcher<DomainException> expected) {
        ResultValidator<FamilyTrajectory> result;
        try {
            result = attempt.get();
        } catch (DomainException refusedInput) {
            org.hamcrest.MatcherAssert.assertThat(refusedInput, expected);
            return;
        }
        byTheTrajectory.accept(result.expectNoEvents());
    }

    private static Matcher<DomainException> rejection(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.code() == code && java.util.Objects.equals(e.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rejection " + code + " on field " + field);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description mismatch) {
                mismatch.appendText("was " + e.code() + " on field " + e.field() + ": " + e.getMessage());
            }
        };
    }

    /** A refusal that names every wrong field, in the order the command's fields are checked. */
    private static void rejectedForEvery(Supplier<ResultValidator<FamilyTrajectory>> attempt,
                                         String... fieldsAndCodes) {
        List<String> expected = List.of(fieldsAndCodes);
        Matcher<DomainException> namingEvery = new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return actual(e).equals(expected) && e.field().equals(expected.get(0).split(" ")[0]);
            }

            private List<String> actual(DomainException e) {
                return e.errors().stream().map(error -> error.field() + " " + error.code()).toList();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rejection naming " + expected);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description mismatch) {
                mismatch.appendText("named " + actual(e) + ": " + e.getMessage());
            }
        };
        refused(attempt, result -> result.expectException(namingEvery), namingEvery);
    }

    @Nested
    class Opening {

        @Test
        void openingPutsTheTwoStandardAgreementsOnThePlanAndTheOpenerCoordinates() {
            List<Object> expected = new java.util.ArrayList<>(List.of(openedWithStandardAgreements()));
            expected.add(new CoordinatorAssigned(ID, PartyRef.participant(OPENER)));
            fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, " Jansen ", "Gouda", START,
                            new Registration(RegistrationRoute.SCHOOL, "Basisschool De Regenboog")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expected.toArray())
                    .expectResultMessagePayload(Accepted.at(5));
        }

        @Test
        void aRefusalNamesEveryMissingFieldAtOnce() {
            rejectedForEvery(() -> fixture.givenNoPriorActivity()
                            .when(new OpenTrajectory(ID, OPENER, " ", "x".repeat(201), null, null)),
                    "familyName FIELD_REQUIRED", "municipality TEXT_TOO_LONG", "startDate FIELD_REQUIRED",
                    "registration FIELD_REQUIRED");
        }

        @Test
        void theOpenerMayLeaveCoordinationToSomeoneElse() {
            fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, " Jansen ", "Gouda", START,
                            new Registration(RegistrationRoute.SCHOOL, "Basisschool De Regenboog"), false))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(openedWithStandardAgreements())
                    .expectResultMessagePayload(Accepted.at(4));
        }

        @Test
        void aSelfRegisteredFamilyHasNoAgency() {
            fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SELF, "  ")))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                    org.axonframework.test.matchers.Matchers.equalTo(
                                            new TrajectoryOpened(ID, "Jansen", "Gouda", START,
                                                    new Registration(RegistrationRoute.SELF, null))))));
        }

        @Test
        void cannotOpenWithoutFamilyName() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, " ", "Gouda", START, new Registration(RegistrationRoute.SELF, null))),
                    ErrorCode.FIELD_REQUIRED, "familyName");
        }

        @Test
        void cannotOpenWithOverlongMunicipality() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "G".repeat(201), START,
                            new Registration(RegistrationRoute.SELF, null))),
                    ErrorCode.TEXT_TOO_LONG, "municipality");
        }

        @Test
        void cannotOpenWithoutStartDate() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", null, new Registration(RegistrationRoute.SELF, null))),
                    ErrorCode.FIELD_REQUIRED, "startDate");
        }

        @Test
        void cannotOpenWithoutRegistrationRoute() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START, null)),
                    ErrorCode.FIELD_REQUIRED, "registration");
        }

        @Test
        void anAgencyRegistrationNamesTheAgency() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.VEILIG_THUIS, null))),
                    ErrorCode.AGENCY_REQUIRED, "registration.agency");
        }

        @Test
        void aSelfRegistrationNamesNoAgency() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SELF, "Basisschool"))),
                    ErrorCode.AGENCY_NOT_EXPECTED, "registration.agency");
        }
    }

    @Nested
    class Family {

        @Test
        void registersAMember() {
            fixture.given(openedWithStandardAgreements())
                    .when(new RegisterFamilyMember(ID, MOTHER, "Petra Jansen", LocalDate.of(1985, 4, 2),
                            MemberRole.PARENT, true))
                    .expectEvents(mother())
                    .expectResultMessagePayload(Accepted.at(5));
        }

        @Test
        void aChildCannotHaveCustody() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RegisterFamilyMember(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30),
                            MemberRole.CHILD, true)),
                    ErrorCode.CUSTODY_ONLY_FOR_PARENT_OR_GUARDIAN, "custody");
        }

        @Test
        void cannotRegisterAMemberBornInTheFuture() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RegisterFamilyMember(ID, DAAN, "Daan Jansen", TODAY.plusDays(1), MemberRole.CHILD,
                            false)),
                    ErrorCode.DATE_IN_FUTURE, "dateOfBirth");
        }

        @Test
        void cannotRegisterAMemberWithoutRole() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RegisterFamilyMember(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30), null, false)),
                    ErrorCode.FIELD_REQUIRED, "role");
        }

        @Test
        void cannotRegisterTheSameMemberTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(mother())
                    .when(new RegisterFamilyMember(ID, MOTHER, "Petra Jansen", LocalDate.of(1985, 4, 2),
                            MemberRole.PARENT, true)),
                    ErrorCode.MEMBER_ALREADY_REGISTERED, "memberId");
        }

        @Test
        void correctsAMember() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan())
                    .when(new CorrectFamilyMember(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 10, 30),
                            MemberRole.CHILD, false))
                    .expectEvents(new FamilyMemberCorrected(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 10, 30),
                            MemberRole.CHILD, false));
        }

        @Test
        void correctingWithUnchangedDetailsStoresNothing() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan())
                    .when(new CorrectFamilyMember(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30),
                            MemberRole.CHILD, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(Accepted.at(5));
        }

        @Test
        void cannotCorrectAnUnknownMember() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new CorrectFamilyMember(ID, DAAN, "Daan Jansen", LocalDate.of(2014, 9, 30),
                            MemberRole.CHILD, false)),
                    ErrorCode.MEMBER_NOT_FOUND, "memberId");
        }

        @Test
        void recordsTheFamilyContact() {
            fixture.given(openedWithStandardAgreements())
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", "Gouda", "0182 555 123", "jansen@example.nl",
                            "Moeder werkt 's ochtends; bel na 13.00"))
                    .expectEvents(new FamilyContactRecorded(ID, "Kerkstraat 1", "Gouda", "0182 555 123",
                            "jansen@example.nl", "Moeder werkt 's ochtends; bel na 13.00"));
        }

        @Test
        void recordingTheSameContactAgainStoresNothing() {
            FamilyContactRecorded recorded = new FamilyContactRecorded(ID, "Kerkstraat 1", "Gouda", null, null, null);
            fixture.given(openedWithStandardAgreements()).andGiven(recorded)
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", "Gouda", "", null, " "))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnInvalidEmail() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordFamilyContact(ID, null, null, null, "jansen-at-example", null)),
                    ErrorCode.INVALID_EMAIL, "email");
        }

        @Test
        void rejectsAnInvalidPhone() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordFamilyContact(ID, null, null, "bel me", null, null)),
                    ErrorCode.INVALID_PHONE, "phone");
        }

        @Test
        void rejectsOverlongImportantInformation() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordFamilyContact(ID, null, null, null, null, "x".repeat(4001))),
                    ErrorCode.TEXT_TOO_LONG, "importantInformation");
        }
    }

    @Nested
    class Participants {

        @Test
        void aProfessionalWithoutNameOrOrganisationAndAWrongEmailIsRefusedForAllThree() {
            rejectedForEvery(() -> fixture.given(openedWithStandardAgreements())
                            .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, null, null, null, null,
                                    null, "geen-adres", null, Set.of(), null)),
                    "name FIELD_REQUIRED", "email INVALID_EMAIL", "organisation ORGANISATION_REQUIRED");
        }

        @Test
        void involvesAProfessional() {
            fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries", null,
                            "CJG Gouda", "gezinscoach", "gezinscoach", "sanne@cjg-gouda.nl", "0182 123 456",
                            Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null))
                    .expectEvents(coach());
        }

        @Test
        void involvesANetworkPerson() {
            fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, AUNT, ParticipantKind.NETWORK, "Els Bakker",
                            NetworkCategory.RELATIVES, null, null, "tante", null, "06 12345678", null, null))
                    .expectEvents(aunt());
        }

        @Test
        void aNetworkPersonHasACategory() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, AUNT, ParticipantKind.NETWORK, "Els Bakker", null, null, null,
                            "tante", null, null, null, null)),
                    ErrorCode.FIELD_REQUIRED, "networkCategory");
        }

        @Test
        void aNetworkPersonHasNoOrganisation() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, AUNT, ParticipantKind.NETWORK, "Els Bakker",
                            NetworkCategory.RELATIVES, "Bakkerij Bakker", null, "tante", null, null, null, null)),
                    ErrorCode.NOT_FOR_NETWORK_PERSON, "organisation");
        }

        @Test
        void aProfessionalHasAnOrganisation() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries", null,
                            null, "gezinscoach", null, null, null, null, null)),
                    ErrorCode.ORGANISATION_REQUIRED, "organisation");
        }

        @Test
        void aProfessionalHasNoNetworkCategory() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries",
                            NetworkCategory.FRIENDS, "CJG Gouda", null, null, null, null, null, null)),
                    ErrorCode.NOT_FOR_PROFESSIONAL, "networkCategory");
        }

        @Test
        void aParticipantHasAKind() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, COACH, null, "Sanne de Vries", null, "CJG Gouda", null, null,
                            null, null, null, null)),
                    ErrorCode.FIELD_REQUIRED, "kind");
        }

        @Test
        void cannotInvolveTheSameParticipantTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, "Sanne de Vries", null,
                            "CJG Gouda", null, null, null, null, null, null)),
                    ErrorCode.PARTICIPANT_ALREADY_INVOLVED, "participantId");
        }
    }

    @Nested
    class Coordination {

        @Test
        void anInvolvedProfessionalBecomesCoordinator() {
            fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new AssignCoordinator(ID, PartyRef.participant(COACH)))
                    .expectEvents(new CoordinatorAssigned(ID, PartyRef.participant(COACH)));
        }

        @Test
        void aFamilyMemberCanCoordinate() {
            fixture.given(openedWithStandardAgreements()).andGiven(mother())
                    .when(new AssignCoordinator(ID, PartyRef.member(MOTHER)))
                    .expectEvents(new CoordinatorAssigned(ID, PartyRef.member(MOTHER)));
        }

        @Test
        void aNetworkPersonCannotBeCoordinator() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(aunt())
                    .when(new AssignCoordinator(ID, PartyRef.participant(AUNT))),
                    ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator");
        }

        @Test
        void anUninvolvedPersonCannotBeCoordinator() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new AssignCoordinator(ID, PartyRef.participant(COACH))),
                    ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator");
        }

        @Test
        void aMemberIdDoesNotPassAsParticipant() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(mother())
                    .when(new AssignCoordinator(ID, PartyRef.participant(MOTHER))),
                    ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator");
        }

        @Test
        void reassigningTheSameCoordinatorStoresNothing() {
            fixture.given(openedWithStandardAgreements()).andGiven(coach(),
                            new CoordinatorAssigned(ID, PartyRef.participant(COACH)))
                    .when(new AssignCoordinator(ID, PartyRef.participant(COACH)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void recordsTheCoordinationArrangement() {
            fixture.given(openedWithStandardAgreements())
                    .when(new RecordCoordinationArrangement(ID, ArrangementKind.COORDINATION_MEETING,
                            "Elke zes weken overleg op het CJG"))
                    .expectEvents(new CoordinationArrangementRecorded(ID, ArrangementKind.COORDINATION_MEETING,
                            "Elke zes weken overleg op het CJG"));
        }

        @Test
        void anOtherArrangementIsDescribed() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordCoordinationArrangement(ID, ArrangementKind.OTHER, null)),
                    ErrorCode.FIELD_REQUIRED, "description");
        }
    }

    @Nested
    class Goals {

        @Test
        void goalsAreNumberedFromOne() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan())
                    .when(new SetGoal(ID, "Daan gaat weer elke dag naar school", LifeDomain.EDUCATION_AND_UPBRINGING,
                            List.of(DAAN), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 30), GoalAuthorship.FAMILY))
                    .expectEvents(goal1())
                    .expectResultMessagePayload(Accepted.numbered(1, 6));
        }

        @Test
        void theNextGoalGetsTheNextNumber() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan(), goal1())
                    .when(new SetGoal(ID, "Schulden op een rij", LifeDomain.WORK_INCOME_DEBTS, null, START,
                            LocalDate.of(2026, 12, 31), GoalAuthorship.FAMILY))
                    .expectEvents(new GoalSet(ID, 2, "Schulden op een rij", LifeDomain.WORK_INCOME_DEBTS, List.of(),
                            START, LocalDate.of(2026, 12, 31), GoalAuthorship.FAMILY));
        }

        @Test
        void cannotSetAGoalForAnUnknownMember() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetGoal(ID, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN),
                            START, LocalDate.of(2026, 6, 30), GoalAuthorship.FAMILY)),
                    ErrorCode.UNKNOWN_MEMBER, "memberIds");
        }

        @Test
        void cannotNameAMemberTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(daan())
                    .when(new SetGoal(ID, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN, DAAN),
                            START, LocalDate.of(2026, 6, 30), GoalAuthorship.FAMILY)),
                    ErrorCode.DUPLICATE_MEMBER_REFERENCE, "memberIds");
        }

        @Test
        void cannotPlanTheEndBeforeTheStart() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetGoal(ID, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, null,
                            LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 29), GoalAuthorship.FAMILY)),
                    ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate");
        }

        @Test
        void aGoalCannotStartBeforeTheTrajectory() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetGoal(ID, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, null,
                            START.minusDays(1), LocalDate.of(2026, 6, 29), GoalAuthorship.FAMILY)),
                    ErrorCode.DATE_BEFORE_TRAJECTORY_START, "startDate");
        }

        @Test
        void aGoalNeedsADescription() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetGoal(ID, "", LifeDomain.HOUSING, null, START, START, GoalAuthorship.FAMILY)),
                    ErrorCode.FIELD_REQUIRED, "description");
        }

        @Test
        void aGoalNeedsALifeDomain() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetGoal(ID, "Een huis", null, null, START, START, GoalAuthorship.FAMILY)),
                    ErrorCode.FIELD_REQUIRED, "lifeDomain");
        }

        @Test
        void marksAGoalAchieved() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan(), goal1())
                    .when(new MarkGoalAchieved(ID, 1, LocalDate.of(2026, 2, 20)))
                    .expectEvents(new GoalAchieved(ID, 1, LocalDate.of(2026, 2, 20)));
        }

        @Test
        void cannotAchieveAGoalTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(daan(), goal1(), new GoalAchieved(ID, 1, LocalDate.of(2026, 2, 20)))
                    .when(new MarkGoalAchieved(ID, 1, LocalDate.of(2026, 2, 21))),
                    ErrorCode.GOAL_ALREADY_ACHIEVED, "goalNumber");
        }

        @Test
        void cannotAchieveAnUnknownGoal() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new MarkGoalAchieved(ID, 7, LocalDate.of(2026, 2, 20))),
                    ErrorCode.GOAL_NOT_FOUND, "goalNumber");
        }

        @Test
        void cannotAchieveAGoalInTheFuture() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(daan(), goal1())
                    .when(new MarkGoalAchieved(ID, 1, TODAY.plusDays(1))),
                    ErrorCode.DATE_IN_FUTURE, "achievedOn");
        }

        @Test
        void cannotAchieveAGoalBeforeItStarted() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(daan(), goal1())
                    .when(new MarkGoalAchieved(ID, 1, LocalDate.of(2026, 1, 9))),
                    ErrorCode.ACHIEVED_BEFORE_GOAL_START, "achievedOn");
        }
    }

    @Nested
    class Agreements {

        @Test
        void agreementsAreNumberedAfterTheStandardOnes() {
            fixture.given(openedWithStandardAgreements()).andGiven(daan(), coach(), goal1())
                    .when(new MakeAgreement(ID, 1, COACH, "Gesprek met school over verzuim",
                            LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1)))
                    .expectEvents(new AgreementMade(ID, 3, 1, PartyRef.participant(COACH),
                            "Gesprek met school over verzuim", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1),
                            null))
                    .expectResultMessagePayload(Accepted.numbered(3, 8));
        }

        @Test
        void aFamilyMemberCanCarryAnAgreement() {
            fixture.given(openedWithStandardAgreements()).andGiven(mother())
                    .when(new MakeAgreement(ID, null, MOTHER, "Wekker zetten", START, START.plusDays(7)))
                    .expectEvents(new AgreementMade(ID, 3, null, PartyRef.member(MOTHER), "Wekker zetten", START,
                            START.plusDays(7), null));
        }

        @Test
        void cannotMakeAnAgreementForAnUnknownGoal() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new MakeAgreement(ID, 4, COACH, "Iets", START, START)),
                    ErrorCode.UNKNOWN_GOAL, "goalNumber");
        }

        @Test
        void cannotMakeAnAgreementForSomeoneUnknown() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new MakeAgreement(ID, null, COACH, "Iets", START, START)),
                    ErrorCode.UNKNOWN_PARTICIPANT_OR_MEMBER, "who");
        }

        @Test
        void anAgreementSaysWhoDoesIt() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new MakeAgreement(ID, null, null, "Iets", START, START)),
                    ErrorCode.FIELD_REQUIRED, "who");
        }

        @Test
        void anAgreementSaysWhat() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new MakeAgreement(ID, null, COACH, " ", START, START)),
                    ErrorCode.FIELD_REQUIRED, "what");
        }

        @Test
        void anAgreementHasAPlannedEnd() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new MakeAgreement(ID, null, COACH, "Iets", START, null)),
                    ErrorCode.FIELD_REQUIRED, "plannedEndDate");
        }

        @Test
        void cannotPlanAnAgreementsEndBeforeItsStart() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new MakeAgreement(ID, null, COACH, "Iets", START.plusDays(2), START.plusDays(1))),
                    ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate");
        }

        @Test
        void completesAnAgreement() {
            fixture.given(openedWithStandardAgreements())
                    .when(new CompleteAgreement(ID, 2, LocalDate.of(2026, 2, 2)))
                    .expectEvents(new AgreementCompleted(ID, 2, LocalDate.of(2026, 2, 2)));
        }

        @Test
        void cannotCompleteAnAgreementTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(new AgreementCompleted(ID, 2, LocalDate.of(2026, 2, 2)))
                    .when(new CompleteAgreement(ID, 2, LocalDate.of(2026, 2, 3))),
                    ErrorCode.AGREEMENT_ALREADY_COMPLETED, "agreementNumber");
        }

        @Test
        void cannotCompleteAnUnknownAgreement() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new CompleteAgreement(ID, 3, LocalDate.of(2026, 2, 3))),
                    ErrorCode.AGREEMENT_NOT_FOUND, "agreementNumber");
        }

        @Test
        void cannotCompleteAnAgreementBeforeItStarted() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new CompleteAgreement(ID, 1, START.minusDays(1))),
                    ErrorCode.COMPLETED_BEFORE_AGREEMENT_START, "completedOn");
        }

        @Test
        void cannotCompleteAnAgreementInTheFuture() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new CompleteAgreement(ID, 1, TODAY.plusDays(1))),
                    ErrorCode.DATE_IN_FUTURE, "completedOn");
        }
    }

    @Nested
    class Access {

        @Test
        void theOpeningCoordinatorIsInvolvedAndLinkedToTheirAccount() {
            fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SCHOOL, "Basisschool De Regenboog")), as(AHMED))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                    org.axonframework.test.matchers.Matchers.equalTo(
                                            new ParticipantAccountLinked(ID, OPENER, "ahmed")))));
        }

        @Test
        void onlyCoordinatorsOpenTrajectories() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SELF, null)), as(TEACHER)),
                    ErrorCode.ONLY_COORDINATORS_OPEN, null);
        }

        @Test
        void nobodyOpensWithoutSigningIn() {
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SELF, null)), Map.of(ActingUser.USER_ID, "")),
                    ErrorCode.NOT_SIGNED_IN, null);
        }

        @Test
        void aCoordinatorWithoutOrganisationCannotOpen() {
            ActingUser loose = new ActingUser("x", "X", Set.of(UserRole.COORDINATOR), null);
            rejected(() -> fixture.givenNoPriorActivity()
                    .when(new OpenTrajectory(ID, OPENER, "Jansen", "Gouda", START,
                            new Registration(RegistrationRoute.SELF, null)), as(loose)),
                    ErrorCode.ORGANISATION_REQUIRED, "organisation");
        }

        @Test
        void toACoordinatorWhoIsNotInvolvedTheTrajectoryDoesNotExist() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(SANNE)),
                    ErrorCode.TRAJECTORY_NOT_FOUND, null);
        }

        @Test
        void aPrivacyOfficerChangesNothingEvenWhenLinked() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "pieter"))
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(PRIVACY_OFFICER)),
                    ErrorCode.TRAJECTORY_NOT_FOUND, null);
        }

        @Test
        void theCoordinatorLinkedToTheirParticipantActs() {
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.participant(COACH)))
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(TEACHER))
                    .expectEvents(new FamilyContactRecorded(ID, "Kerkstraat 1", null, null, null, null));
        }

        @Test
        void anInvolvedProfessionalWhoDoesNotCoordinateCannotChangeThePlan() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void aFormerCoordinatorChangesNothingAfterTheHandover() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.participant(OPENER)),
                            new CoordinationHandedOver(ID, PartyRef.participant(OPENER), PartyRef.participant(COACH),
                                    "Nieuwe baan", HANDOVER, true))
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(AHMED)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void anInvolvedProfessionalCannotRecordConsent() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(mother(), daan(), coach(), new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new GiveConsent(ID, UUID.randomUUID(), List.of(DAAN), List.of(MOTHER),
                            Recipient.participant(COACH), List.of(Category.of(InformationCategory.CONTACT_DETAILS)),
                            SCHOOL, null, null, ConsentForm.VERBAL, null), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void aProfessionalCompletesTheAgreementTheyCarry() {
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new AgreementMade(ID, 3, null, PartyRef.participant(COACH), "Gesprek met Daan", START,
                                    START.plusDays(20), null))
                    .when(new CompleteAgreement(ID, 3, START.plusDays(10)), as(TEACHER))
                    .expectEvents(new AgreementCompleted(ID, 3, START.plusDays(10)));
        }

        @Test
        void aProfessionalCannotCompleteAnAgreementSomeoneElseCarries() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new CompleteAgreement(ID, 1, START.plusDays(10)), as(TEACHER)),
                    ErrorCode.NOT_THE_CARRIER, "agreementNumber");
        }

        @Test
        void anotherProfessionalCannotTakeOverTheCoordinatorsParticipant() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new LinkParticipantAccount(ID, OPENER, "outsider"), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void aLinkedAccountIsNeverSilentlyReplaced() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new LinkParticipantAccount(ID, COACH, "sanne")),
                    ErrorCode.PARTICIPANT_ALREADY_LINKED, "participantId");
        }

        @Test
        void theCoordinatorUnlinksAnAccountWithAReasonAndThenLinksAnother() {
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new UnlinkParticipantAccount(ID, COACH, "Marloes werkt niet meer op school"))
                    .expectEvents(new ParticipantAccountUnlinked(ID, COACH, "marloes",
                            "Marloes werkt niet meer op school"));
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new ParticipantAccountUnlinked(ID, COACH, "marloes", "Andere baan"))
                    .when(new LinkParticipantAccount(ID, COACH, "sanne"))
                    .expectEvents(new ParticipantAccountLinked(ID, COACH, "sanne"));
        }

        @Test
        void anUnlinkedAccountNoLongerActs() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.participant(COACH)),
                            new ParticipantAccountUnlinked(ID, COACH, "marloes", "Andere baan"))
                    .when(new RecordFamilyContact(ID, "Kerkstraat 1", null, null, null, null), as(TEACHER)),
                    ErrorCode.TRAJECTORY_NOT_FOUND, null);
        }

        @Test
        void theCoordinatorsAccountChangesOnlyByHandover() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new UnlinkParticipantAccount(ID, OPENER, "Weg")),
                    ErrorCode.COORDINATOR_ACCOUNT_STAYS, "participantId");
        }

        @Test
        void unlinkingNeedsAReasonAndALinkedAccount() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach(),
                            new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new UnlinkParticipantAccount(ID, COACH, " ")),
                    ErrorCode.FIELD_REQUIRED, "reason");
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new UnlinkParticipantAccount(ID, COACH, "Weg")),
                    ErrorCode.NO_ACCOUNT_LINKED, "participantId");
        }

        @Test
        void involvingWithAnAccountLinksIt() {
            fixture.given(openedWithStandardAgreements())
                    .when(new InvolveParticipant(ID, COACH, ParticipantKind.PROFESSIONAL, "Marloes Kok", null,
                            "Basisschool De Regenboog", "leerkracht", "juf van Daan", null, null, null, "marloes"))
                    .expectEvents(new ParticipantInvolved(ID, COACH, ParticipantKind.PROFESSIONAL, "Marloes Kok", null,
                                    "Basisschool De Regenboog", "leerkracht", "juf van Daan", null, null, Set.of()),
                            new ParticipantAccountLinked(ID, COACH, "marloes"));
        }

        @Test
        void linksAnAccountToAnInvolvedParticipant() {
            fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new LinkParticipantAccount(ID, COACH, " sanne "))
                    .expectEvents(new ParticipantAccountLinked(ID, COACH, "sanne"));
        }

        @Test
        void linkingTheSameAccountAgainStoresNothing() {
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "sanne"))
                    .when(new LinkParticipantAccount(ID, COACH, "sanne"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anAccountActsAsOneParticipantOnly() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new LinkParticipantAccount(ID, COACH, "ahmed")),
                    ErrorCode.ACCOUNT_ALREADY_LINKED, "userId");
        }

        @Test
        void cannotLinkAnUnknownParticipant() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new LinkParticipantAccount(ID, COACH, "sanne")),
                    ErrorCode.PARTICIPANT_NOT_FOUND, "participantId");
        }

        @Test
        void aLinkNamesAnAccount() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new LinkParticipantAccount(ID, COACH, " ")),
                    ErrorCode.FIELD_REQUIRED, "userId");
        }

        @Test
        void onlyTheCoordinatorHandsOverCoordination() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), "Verhuist", HANDOVER, true),
                            as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void cannotHandOverWithoutTellingTheFamily() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), "Nieuwe baan", HANDOVER, false)),
                    ErrorCode.FAMILY_NOT_INFORMED, "familyInformed");
        }

        @Test
        void cannotHandOverToWhoAlreadyCoordinates() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(OPENER), "Nieuwe baan", HANDOVER, true)),
                    ErrorCode.ALREADY_COORDINATOR, "to");
        }

        @Test
        void theCoordinatorWithTheFamilyIsARoleNotAPerson() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new AssignCoordinator(ID, PartyRef.coordinatorWithFamily())),
                    ErrorCode.COORDINATOR_WITH_FAMILY_NOT_ASSIGNABLE, "coordinator");
        }

        @Test
        void theCoordinatorHandsOverCoordination() {
            fixture.given(openedWithStandardAgreements())
                    .andGiven(coach(), new CoordinatorAssigned(ID, PartyRef.participant(OPENER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), "Nieuwe baan", HANDOVER, true),
                            as(AHMED))
                    .expectEvents(new CoordinationHandedOver(ID, PartyRef.participant(OPENER),
                            PartyRef.participant(COACH), "Nieuwe baan", HANDOVER, true));
        }

        @Test
        void whenTheFamilyCoordinatesTheProfessionalWhoOpenedRecordsTheChange() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(mother(), coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.member(MOTHER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(OPENER), "Gezin wil hulp", HANDOVER,
                            true), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
            fixture.given(openedWithStandardAgreements())
                    .andGiven(mother(), coach(), new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new CoordinatorAssigned(ID, PartyRef.member(MOTHER)))
                    .when(new HandOverCoordination(ID, PartyRef.participant(OPENER), "Gezin wil hulp", HANDOVER,
                            true), as(AHMED))
                    .expectEvents(new CoordinationHandedOver(ID, PartyRef.member(MOTHER),
                            PartyRef.participant(OPENER), "Gezin wil hulp", HANDOVER, true));
        }
    }

    @Nested
    class Closure {

        private final LocalDate proposed = LocalDate.of(2026, 2, 20);
        private final LocalDate evaluated = LocalDate.of(2026, 2, 24);

        private Object[] familyWithGoal() {
            return new Object[]{mother(), daan(), coach(), goal1(),
                    new CoordinatorAssigned(ID, PartyRef.participant(OPENER))};
        }

        private ClosureProposed proposal(ClosureReason reason) {
            return new ClosureProposed(ID, reason, proposed, null);
        }

        private FinalEvaluationHeld evaluation() {
            return new FinalEvaluationHeld(ID, evaluated, "Korte lijnen met school", "Eerder het netwerk betrekken",
                    List.of(new GoalResult(1, "Daan gaat weer elke dag")), true, "Zelf contact houden met school",
                    List.of(MOTHER), List.of(OPENER));
        }

        private ClosureInformationRecorded informed() {
            return new ClosureInformationRecorded(ID, List.of(new InformedParty("huisarts", PartyRef.member(MOTHER),
                    LocalDate.of(2026, 2, 25))), null);
        }

        private Object[] readyToClose(ClosureReason reason) {
            return new Object[]{proposal(reason), evaluation(), new AgreementCompleted(ID, 1, evaluated), informed(),
                    new AgreementCompleted(ID, 2, LocalDate.of(2026, 2, 25))};
        }

        @Test
        void proposesClosureWithAReason() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new ProposeClosure(ID, ClosureReason.GOALS_REACHED, proposed, "Doelen gehaald"))
                    .expectEvents(new ClosureProposed(ID, ClosureReason.GOALS_REACHED, proposed, "Doelen gehaald"));
        }

        @Test
        void cannotProposeClosureTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(proposal(ClosureReason.GOALS_REACHED))
                    .when(new ProposeClosure(ID, ClosureReason.MOVED, proposed, null)),
                    ErrorCode.CLOSURE_ALREADY_PROPOSED, null);
        }

        @Test
        void aClosureHasAReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new ProposeClosure(ID, null, proposed, null)),
                    ErrorCode.FIELD_REQUIRED, "reason");
        }

        @Test
        void theFinalEvaluationCompletesStandardAgreementOne() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new HoldFinalEvaluation(ID, evaluated, "Korte lijnen met school",
                            "Eerder het netwerk betrekken", List.of(new GoalResult(1, "Daan gaat weer elke dag")), true,
                            "Zelf contact houden met school", List.of(MOTHER), List.of(OPENER)))
                    .expectEvents(evaluation(), new AgreementCompleted(ID, 1, evaluated));
        }

        @Test
        void theFinalEvaluationIsHeldWithTheFamily() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new HoldFinalEvaluation(ID, evaluated, null, null, null, true, null, List.of(),
                            List.of(OPENER))),
                    ErrorCode.FAMILY_MUST_TAKE_PART, "memberIds");
        }

        @Test
        void theFinalEvaluationAsksTheFamilysOwnJudgement() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new HoldFinalEvaluation(ID, evaluated, null, null, null, null, null, List.of(MOTHER),
                            null)),
                    ErrorCode.FIELD_REQUIRED, "familyJudgesEnough");
        }

        @Test
        void goalResultsReferToGoalsOfThePlan() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new HoldFinalEvaluation(ID, evaluated, null, null, List.of(new GoalResult(5, "?")), true,
                            null, List.of(MOTHER), null)),
                    ErrorCode.UNKNOWN_GOAL, "goalResults");
        }

        @Test
        void cannotHoldTheFinalEvaluationTwice() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(evaluation())
                    .when(new HoldFinalEvaluation(ID, evaluated, null, null, null, true, null, List.of(MOTHER),
                            null)),
                    ErrorCode.FINAL_EVALUATION_ALREADY_HELD, null);
        }

        @Test
        void recordingWhoIsInformedCompletesStandardAgreementTwo() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new RecordClosureInformation(ID, List.of(new RecordClosureInformation.Informed(" huisarts ",
                            MOTHER, LocalDate.of(2026, 2, 25))), null))
                    .expectEvents(informed(), new AgreementCompleted(ID, 2, LocalDate.of(2026, 2, 25)));
        }

        @Test
        void whoIsInformedCanBeCorrectedUntilTheTrajectoryCloses() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(informed(), new AgreementCompleted(ID, 2, LocalDate.of(2026, 2, 25)))
                    .when(new RecordClosureInformation(ID, List.of(
                            new RecordClosureInformation.Informed("huisarts", MOTHER, LocalDate.of(2026, 2, 25)),
                            new RecordClosureInformation.Informed("school", MOTHER, LocalDate.of(2026, 2, 26))), null))
                    .expectEvents(new ClosureInformationRecorded(ID, List.of(
                            new InformedParty("huisarts", PartyRef.member(MOTHER), LocalDate.of(2026, 2, 25)),
                            new InformedParty("school", PartyRef.member(MOTHER), LocalDate.of(2026, 2, 26))), null));
        }

        @Test
        void informingNobodyIsExplained() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new RecordClosureInformation(ID, List.of(), " ")),
                    ErrorCode.FIELD_REQUIRED, "note");
        }

        @Test
        void cannotCloseWithoutAProposal() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .when(new CloseTrajectory(ID, evaluated, null)),
                    ErrorCode.CLOSURE_NOT_PROPOSED, null);
        }

        @Test
        void cannotCloseWithoutFinalEvaluation() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(proposal(ClosureReason.GOALS_REACHED), informed())
                    .when(new CloseTrajectory(ID, evaluated, "we sluiten gewoon")),
                    ErrorCode.CLOSURE_NEEDS_FINAL_EVALUATION, null);
        }

        @Test
        void cannotCloseWithoutAgreeingWhoIsInformed() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(proposal(ClosureReason.SELF_RELIANT), evaluation())
                    .when(new CloseTrajectory(ID, evaluated, null)),
                    ErrorCode.CLOSURE_NEEDS_INFORMED_PARTIES, null);
        }

        @Test
        void closesAfterTheFinalEvaluationAndInforming() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .when(new CloseTrajectory(ID, LocalDate.of(2026, 2, 26), null))
                    .expectEvents(new TrajectoryClosed(ID, LocalDate.of(2026, 2, 26), ClosureReason.GOALS_REACHED,
                            false, null));
        }

        @Test
        void aForcedReasonClosesWithoutFinalEvaluationGivenAnExplanation() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(proposal(ClosureReason.MOVED))
                    .when(new CloseTrajectory(ID, evaluated, "Gezin verhuisd naar Groningen"))
                    .expectEvents(new TrajectoryClosed(ID, evaluated, ClosureReason.MOVED, true,
                            "Gezin verhuisd naar Groningen"));
        }

        @Test
        void aForcedClosureWithoutFinalEvaluationNeedsAnExplanation() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(proposal(ClosureReason.COURT_ORDERED_SUPERVISION))
                    .when(new CloseTrajectory(ID, evaluated, null)),
                    ErrorCode.EXPLANATION_REQUIRED, "explanation");
        }

        @Test
        void cannotCloseBeforeTheProposal() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .when(new CloseTrajectory(ID, proposed.minusDays(1), null)),
                    ErrorCode.DATE_BEFORE_CLOSURE, "closedOn");
        }

        @Test
        void onlyTheCoordinatorCloses() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .when(new CloseTrajectory(ID, evaluated, null), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }

        @Test
        void aClosedTrajectoryRejectsPlanChanges() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .andGiven(new TrajectoryClosed(ID, evaluated, ClosureReason.GOALS_REACHED, false, null))
                    .when(new SetGoal(ID, "Nog een doel", LifeDomain.HOUSING, null, START, START.plusDays(10), GoalAuthorship.FAMILY)),
                    ErrorCode.TRAJECTORY_CLOSED, null);
        }

        @Test
        void reopeningPutsTheStandardAgreementsBackOnTheList() {
            LocalDate reopened = LocalDate.of(2026, 2, 28);
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .andGiven(new TrajectoryClosed(ID, evaluated, ClosureReason.GOALS_REACHED, false, null))
                    .when(new ReopenTrajectory(ID, reopened, "Daan verzuimt weer"))
                    .expectEvents(new TrajectoryReopened(ID, reopened, "Daan verzuimt weer"),
                            AgreementMade.standard(ID, 3, StandardAgreement.FINAL_EVALUATION, reopened),
                            AgreementMade.standard(ID, 4, StandardAgreement.AGREE_WHO_IS_INFORMED, reopened));
        }

        @Test
        void aReopenedTrajectoryNeedsANewFinalEvaluationToClose() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .andGiven(new TrajectoryClosed(ID, evaluated, ClosureReason.GOALS_REACHED, false, null),
                            new TrajectoryReopened(ID, LocalDate.of(2026, 2, 28), "Daan verzuimt weer"))
                    .when(new CloseTrajectory(ID, LocalDate.of(2026, 3, 1), null))
                    .expectNoEvents()
                    .expectException(DomainException.class)
                    .expectException(rejection(ErrorCode.CLOSURE_NOT_PROPOSED, null));
        }

        @Test
        void cannotReopenAnOpenTrajectory() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new ReopenTrajectory(ID, evaluated, "waarom niet")),
                    ErrorCode.TRAJECTORY_NOT_CLOSED, null);
        }

        @Test
        void reopeningHasAReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoal())
                    .andGiven(readyToClose(ClosureReason.GOALS_REACHED))
                    .andGiven(new TrajectoryClosed(ID, evaluated, ClosureReason.GOALS_REACHED, false, null))
                    .when(new ReopenTrajectory(ID, evaluated, "")),
                    ErrorCode.FIELD_REQUIRED, "reason");
        }
    }

    @Nested
    class PlanChanges {

        private Object[] family() {
            return new Object[]{mother(), daan(), coach(), aunt(), goal1(),
                    new CoordinatorAssigned(ID, PartyRef.participant(OPENER)),
                    new AgreementMade(ID, 3, 1, PartyRef.participant(COACH), "Gesprek met school", START,
                            LocalDate.of(2026, 2, 1), null)};
        }

        @Test
        void revisesAGoal() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ReviseGoal(ID, 1, "Daan gaat vier dagen per week", LocalDate.of(2026, 8, 31),
                            List.of(DAAN, MOTHER)))
                    .expectEvents(new GoalRevised(ID, 1, "Daan gaat vier dagen per week", LocalDate.of(2026, 8, 31),
                            List.of(DAAN, MOTHER)));
        }

        @Test
        void revisingWithoutChangeStoresNothing() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ReviseGoal(ID, 1, "Daan gaat weer elke dag naar school", LocalDate.of(2026, 6, 30),
                            List.of(DAAN)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aRevisedGoalEndsNoEarlierThanItStarted() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ReviseGoal(ID, 1, "Korter", LocalDate.of(2026, 1, 9), null)),
                    ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate");
        }

        @Test
        void dropsAGoalThatAnotherReplaces() {
            GoalSet second = new GoalSet(ID, 2, "Naar de opvang", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(),
                    START, START.plusMonths(3), GoalAuthorship.TOGETHER);
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(second)
                    .when(new DropGoal(ID, 1, GoalDropReason.REPLACED, 2, LocalDate.of(2026, 2, 1)))
                    .expectEvents(new GoalDropped(ID, 1, GoalDropReason.REPLACED, 2, LocalDate.of(2026, 2, 1)));
        }

        @Test
        void aReplacedGoalNamesItsSuccessor() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new DropGoal(ID, 1, GoalDropReason.REPLACED, null, LocalDate.of(2026, 2, 1))),
                    ErrorCode.REPLACEMENT_GOAL_REQUIRED, "replacedByGoal");
        }

        @Test
        void aGoalCannotReplaceItself() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new DropGoal(ID, 1, GoalDropReason.REPLACED, 1, LocalDate.of(2026, 2, 1))),
                    ErrorCode.UNKNOWN_GOAL, "replacedByGoal");
        }

        @Test
        void aDroppedGoalIsNotAchieved() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(new GoalDropped(ID, 1, GoalDropReason.FAMILYS_CHOICE, null, LocalDate.of(2026, 2, 1)))
                    .when(new MarkGoalAchieved(ID, 1, LocalDate.of(2026, 2, 2))),
                    ErrorCode.GOAL_DROPPED, "goalNumber");
        }

        @Test
        void reschedulesAnAgreementWithAReason() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RescheduleAgreement(ID, 3, LocalDate.of(2026, 3, 1), "School pas in maart bereikbaar"))
                    .expectEvents(new AgreementRescheduled(ID, 3, LocalDate.of(2026, 3, 1),
                            "School pas in maart bereikbaar"));
        }

        @Test
        void reschedulingNeedsAReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RescheduleAgreement(ID, 3, LocalDate.of(2026, 3, 1), null)),
                    ErrorCode.FIELD_REQUIRED, "reason");
        }

        @Test
        void cancelsAnAgreementWithAReason() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new CancelAgreement(ID, 3, "Niet meer nodig"))
                    .expectEvents(new AgreementCancelled(ID, 3, "Niet meer nodig"));
        }

        @Test
        void theStandardAgreementsStayOnThePlan() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new CancelAgreement(ID, 1, "Geen evaluatie nodig")),
                    ErrorCode.STANDARD_AGREEMENT_STAYS, "agreementNumber");
        }

        @Test
        void aCancelledAgreementIsNotCompleted() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(new AgreementCancelled(ID, 3, "Niet meer nodig"))
                    .when(new CompleteAgreement(ID, 3, LocalDate.of(2026, 2, 1))),
                    ErrorCode.AGREEMENT_CANCELLED, "agreementNumber");
        }

        @Test
        void aParticipantWithdraws() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new WithdrawParticipant(ID, AUNT, LocalDate.of(2026, 2, 1), "Verhuisd"))
                    .expectEvents(new ParticipantWithdrawn(ID, AUNT, LocalDate.of(2026, 2, 1), "Verhuisd"));
        }

        @Test
        void aWithdrawnParticipantGetsNoNewAgreements() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(new ParticipantWithdrawn(ID, AUNT, LocalDate.of(2026, 2, 1), null))
                    .when(new MakeAgreement(ID, null, AUNT, "Oppassen", START, START.plusDays(5))),
                    ErrorCode.PARTICIPANT_WITHDRAWN, "who");
        }

        @Test
        void aWithdrawnProfessionalNoLongerActs() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(new ParticipantAccountLinked(ID, COACH, "marloes"),
                            new ParticipantWithdrawn(ID, COACH, LocalDate.of(2026, 2, 1), null))
                    .when(new RecordFamilyContact(ID, "Markt 2", null, null, null, null), as(TEACHER)),
                    ErrorCode.TRAJECTORY_NOT_FOUND, null);
        }

        @Test
        void theCoordinatorHandsOverBeforeWithdrawing() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new WithdrawParticipant(ID, OPENER, LocalDate.of(2026, 2, 1), null)),
                    ErrorCode.COORDINATOR_CANNOT_WITHDRAW, "participantId");
        }

        @Test
        void theFamilyTakesOverCoordination() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new HandOverCoordination(ID, PartyRef.member(MOTHER), "Petra regelt het zelf", HANDOVER,
                            true))
                    .expectEvents(new CoordinationHandedOver(ID, PartyRef.participant(OPENER),
                            PartyRef.member(MOTHER), "Petra regelt het zelf", HANDOVER, true));
        }

        @Test
        void aHandoverSaysWhetherTheFamilyWasInformed() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), "Ziek", HANDOVER, null)),
                    ErrorCode.FIELD_REQUIRED, "familyInformed");
        }

        @Test
        void aHandoverHasAReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), " ", HANDOVER, true)),
                    ErrorCode.FIELD_REQUIRED, "reason");
        }

        @Test
        void coordinationGoesToAnInvolvedProfessionalOrAMember() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new HandOverCoordination(ID, PartyRef.participant(AUNT), "Tante", HANDOVER, true)),
                    ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator");
        }

        @Test
        void handingOverNeedsACoordinatorToHandOverFrom() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(coach())
                    .when(new HandOverCoordination(ID, PartyRef.participant(COACH), "Start", HANDOVER, true)),
                    ErrorCode.NO_COORDINATOR_YET, null);
        }

        @Test
        void aSecondCoordinatorIsAHandoverNotAnAssignment() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new AssignCoordinator(ID, PartyRef.participant(COACH))),
                    ErrorCode.COORDINATOR_ALREADY_ASSIGNED, "coordinator");
        }
    }

    @Nested
    class DirectionIndicationsAndSafety {

        @Test
        void aSafetyDecisionWithoutDecisionDecidersMembersOrLevelNamesThemAll() {
            rejectedForEvery(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                            .when(new RecordSafetyDecision(ID, LocalDate.of(2026, 2, 12), "", null, List.of(), null,
                                    List.of(), null)),
                    "decision FIELD_REQUIRED", "decidedBy FIELD_REQUIRED", "memberIds FIELD_REQUIRED",
                    "directionLevelAfter FIELD_REQUIRED");
        }

        @Test
        void inputIsToldBeforeTheRulesAboutTheTrajectory() {
            // The date lies before the trajectory started (a rule); the missing level is told first.
            rejectedForEvery(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                            .when(new RecordDirectionLevel(ID, MOTHER, null, null, START.minusDays(1), null)),
                    "level FIELD_REQUIRED");
        }

        private final UUID indication = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000d1");

        private Object[] family() {
            return new Object[]{mother(), daan()};
        }

        private IndicationRegistered registered() {
            return new IndicationRegistered(ID, indication, "Jeugdhulp Gouda", "Ambulante gezinsbegeleiding", START,
                    LocalDate.of(2026, 6, 30));
        }

        @Test
        void recordsAMembersDirectionForALifeDomain() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordDirectionLevel(ID, MOTHER, LifeDomain.HOUSING, DirectionLevel.CO_DECIDER,
                            LocalDate.of(2026, 2, 1), "Beslist mee over de verhuizing"))
                    .expectEvents(DirectionLevelRecorded.recorded(ID, MOTHER, LifeDomain.HOUSING,
                            DirectionLevel.CO_DECIDER, LocalDate.of(2026, 2, 1), "Beslist mee over de verhuizing"));
        }

        @Test
        void directionBelongsToAMemberOfTheFamily() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordDirectionLevel(ID, MOTHER, null, DirectionLevel.ADVISER, LocalDate.of(2026, 2, 1),
                            null)),
                    ErrorCode.UNKNOWN_MEMBER, "memberId");
        }

        @Test
        void aDirectionLevelIsOnTheLadder() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordDirectionLevel(ID, MOTHER, null, null, LocalDate.of(2026, 2, 1), null)),
                    ErrorCode.FIELD_REQUIRED, "level");
        }

        @Test
        void registersExtendsAndEndsAnIndication() {
            fixture.given(openedWithStandardAgreements())
                    .when(new RegisterIndication(ID, indication, "Jeugdhulp Gouda", "Ambulante gezinsbegeleiding",
                            START, LocalDate.of(2026, 6, 30)))
                    .expectEvents(registered());
            fixture.given(openedWithStandardAgreements()).andGiven(registered())
                    .when(new ExtendIndication(ID, indication, LocalDate.of(2026, 12, 31)))
                    .expectEvents(new IndicationExtended(ID, indication, LocalDate.of(2026, 12, 31)));
            fixture.given(openedWithStandardAgreements()).andGiven(registered())
                    .when(new EndIndication(ID, indication, LocalDate.of(2026, 2, 15), "Doel bereikt"))
                    .expectEvents(new IndicationEnded(ID, indication, LocalDate.of(2026, 2, 15), "Doel bereikt"));
        }

        @Test
        void anIndicationEndsNoEarlierThanItStarts() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RegisterIndication(ID, indication, "Jeugdhulp", "Begeleiding", START, START.minusDays(1))),
                    ErrorCode.VALID_UNTIL_BEFORE_VALID_FROM, "validUntil");
        }

        @Test
        void anExtensionRunsLonger() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(registered())
                    .when(new ExtendIndication(ID, indication, LocalDate.of(2026, 6, 30))),
                    ErrorCode.EXTENSION_NOT_LATER, "validUntil");
        }

        @Test
        void anEndedIndicationIsNotExtended() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(registered(),
                            new IndicationEnded(ID, indication, LocalDate.of(2026, 2, 15), null))
                    .when(new ExtendIndication(ID, indication, LocalDate.of(2026, 12, 31))),
                    ErrorCode.INDICATION_ENDED, "indicationId");
        }

        @Test
        void anUnknownIndicationIsNotFound() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new EndIndication(ID, indication, LocalDate.of(2026, 2, 15), null)),
                    ErrorCode.INDICATION_NOT_FOUND, "indicationId");
        }

        @Test
        void escalationsAreNumberedAndResolved() {
            fixture.given(openedWithStandardAgreements())
                    .when(new Escalate(ID, EscalationLevel.TEAM_LEAD, EscalationReason.AGREEMENTS_NOT_KEPT, "Plan loopt vast", LocalDate.of(2026, 2, 1)))
                    .expectEvents(new Escalated(ID, 1, EscalationLevel.TEAM_LEAD, EscalationReason.AGREEMENTS_NOT_KEPT, "Plan loopt vast",
                            LocalDate.of(2026, 2, 1)))
                    .expectResultMessagePayload(Accepted.numbered(1, 5));
            fixture.given(openedWithStandardAgreements())
                    .andGiven(new Escalated(ID, 1, EscalationLevel.TEAM_LEAD, EscalationReason.AGREEMENTS_NOT_KEPT, "Plan loopt vast", LocalDate.of(2026, 2, 1)))
                    .when(new Deescalate(ID, 1, "Nieuwe afspraken met school", LocalDate.of(2026, 2, 10)))
                    .expectEvents(new Deescalated(ID, 1, "Nieuwe afspraken met school", LocalDate.of(2026, 2, 10)));
        }

        @Test
        void anUnknownEscalationIsNotFound() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new Deescalate(ID, 3, "Opgelost", LocalDate.of(2026, 2, 10))),
                    ErrorCode.ESCALATION_NOT_FOUND, "escalationNumber");
        }

        @Test
        void anIndicationIsRegisteredOnce() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(registered())
                    .when(new RegisterIndication(ID, indication, "Jeugdhulp Gouda", "Ambulante gezinsbegeleiding",
                            START, LocalDate.of(2026, 6, 30))),
                    ErrorCode.INDICATION_ALREADY_REGISTERED, "indicationId");
        }

        @Test
        void anIndicationDoesNotEndBeforeItStarts() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(registered())
                    .when(new EndIndication(ID, indication, START.minusDays(1), "Gestopt")),
                    ErrorCode.DATE_BEFORE_INDICATION, "endedOn");
        }

        @Test
        void anEscalationHasAReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new Escalate(ID, EscalationLevel.VEILIG_THUIS, EscalationReason.SAFETY_CONCERN, " ", LocalDate.of(2026, 2, 1))),
                    ErrorCode.FIELD_REQUIRED, "reason");
        }

        @Test
        void anEscalationHasACodedReason() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new Escalate(ID, EscalationLevel.MANAGEMENT, null, "Plan loopt vast",
                            LocalDate.of(2026, 2, 1))),
                    ErrorCode.FIELD_REQUIRED, "reasonCode");
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new Escalate(ID, EscalationLevel.MANAGEMENT, EscalationReason.NOT_RECORDED, "Plan loopt vast",
                            LocalDate.of(2026, 2, 1))),
                    ErrorCode.ESCALATION_REASON_NOT_CHOSEN, "reasonCode");
        }

        @Test
        void anEscalationIsResolvedOnce() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(new Escalated(ID, 1, EscalationLevel.MANAGEMENT, EscalationReason.NO_PROGRESS, "Vast", LocalDate.of(2026, 2, 1)),
                            new Deescalated(ID, 1, "Opgelost", LocalDate.of(2026, 2, 5)))
                    .when(new Deescalate(ID, 1, "Nog eens", LocalDate.of(2026, 2, 6))),
                    ErrorCode.ALREADY_DEESCALATED, "escalationNumber");
        }

        @Test
        void anEscalationIsNotResolvedBeforeItStarted() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .andGiven(new Escalated(ID, 1, EscalationLevel.MANAGEMENT, EscalationReason.NO_PROGRESS, "Vast", LocalDate.of(2026, 2, 1)))
                    .when(new Deescalate(ID, 1, "Opgelost", LocalDate.of(2026, 1, 31))),
                    ErrorCode.DATE_BEFORE_ESCALATION, "deescalatedOn");
        }

        @Test
        void aSafetyDecisionLowersTheDirectionOfTheMembersItConcerns() {
            LocalDate decided = LocalDate.of(2026, 2, 12);
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordSafetyDecision(ID, decided, "Daan tijdelijk bij oma", "teamleider Veilig Thuis",
                            List.of("Als Daan bij oma woont, blijft het contact dagelijks"), "Moeder is het er niet "
                                    + "mee eens", List.of(MOTHER), DirectionLevel.INFORMATION_PROVIDER))
                    .expectEvents(new SafetyDecisionRecorded(ID, 1, decided, "Daan tijdelijk bij oma",
                                    "teamleider Veilig Thuis", List.of("Als Daan bij oma woont, blijft het contact "
                                    + "dagelijks"), "Moeder is het er niet mee eens", List.of(MOTHER),
                                    DirectionLevel.INFORMATION_PROVIDER),
                            DirectionLevelRecorded.bySafetyDecision(ID, MOTHER, DirectionLevel.INFORMATION_PROVIDER,
                                    decided, 1));
        }

        @Test
        void aSafetyDecisionSaysWhoDecided() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordSafetyDecision(ID, LocalDate.of(2026, 2, 12), "Besluit", null, null, null,
                            List.of(MOTHER), DirectionLevel.OBJECT)),
                    ErrorCode.FIELD_REQUIRED, "decidedBy");
        }

        @Test
        void aSafetyDecisionNamesTheMembersItConcerns() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordSafetyDecision(ID, LocalDate.of(2026, 2, 12), "Besluit", "teamleider", null,
                            null, List.of(), DirectionLevel.OBJECT)),
                    ErrorCode.FIELD_REQUIRED, "memberIds");
        }
    }

    @Nested
    class RoundTables {

        private final LocalDateTime at = LocalDateTime.of(2026, 2, 10, 14, 0);
        private final LocalDate held = LocalDate.of(2026, 2, 10);

        private RoundTablePart familyPart() {
            return new RoundTablePart("Hoe gaat het thuis", List.of(MOTHER), List.of(OPENER));
        }

        private RoundTablePart schoolPart() {
            return new RoundTablePart("School van Daan", List.of(MOTHER, DAAN), List.of(OPENER, COACH));
        }

        private Object[] family() {
            return new Object[]{mother(), daan(), coach(), goal1()};
        }

        private RoundTableScheduled scheduled() {
            return new RoundTableScheduled(ID, 1, at, "CJG Gouda", List.of(familyPart(), schoolPart()));
        }

        private RoundTableHeld heldEvent() {
            return new RoundTableHeld(ID, 1, held, List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER)),
                    new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH))), List.of());
        }

        @Test
        void schedulesARoundTableInParts() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ScheduleRoundTable(ID, at, "CJG Gouda", List.of(familyPart(), schoolPart())))
                    .expectEvents(scheduled())
                    .expectResultMessagePayload(Accepted.numbered(1, 9));
        }

        @Test
        void theFamilyIsInvitedToEveryPart() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ScheduleRoundTable(ID, at, "CJG Gouda",
                            List.of(new RoundTablePart("Alleen professionals", List.of(), List.of(OPENER, COACH))))),
                    ErrorCode.FAMILY_MUST_BE_INVITED, "parts.memberIds");
        }

        @Test
        void aRoundTableHasAPart() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new ScheduleRoundTable(ID, at, "CJG Gouda", List.of())),
                    ErrorCode.FIELD_REQUIRED, "parts");
        }

        @Test
        void holdingARoundTableReviewsGoalsAndMakesAgreements() {
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new RecordRoundTableHeld(ID, 1, held,
                            List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER)),
                                    new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH))),
                            List.of(new GoalReview(1, GoalReviewOutcome.ACHIEVED, "Daan gaat elke dag")),
                            List.of(new RecordRoundTableHeld.NewAgreement(null, MOTHER, "Wekker zetten", held,
                                    held.plusDays(14)))))
                    .expectEvents(new RoundTableHeld(ID, 1, held,
                                    List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER)),
                                            new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH))),
                                    List.of(new GoalReview(1, GoalReviewOutcome.ACHIEVED, "Daan gaat elke dag"))),
                            new GoalAchieved(ID, 1, held),
                            new AgreementMade(ID, 3, null, PartyRef.member(MOTHER), "Wekker zetten", held,
                                    held.plusDays(14), null));
        }

        @Test
        void onlyThoseInvitedToAPartAttendIt() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new RecordRoundTableHeld(ID, 1, held,
                            List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH)),
                                    new PartAttendance(List.of(MOTHER), List.of())), null, null)),
                    ErrorCode.NOT_INVITED, "attendance");
        }

        @Test
        void attendanceIsGivenPerPart() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new RecordRoundTableHeld(ID, 1, held,
                            List.of(new PartAttendance(List.of(MOTHER), List.of())), null, null)),
                    ErrorCode.ATTENDANCE_DOES_NOT_MATCH_PARTS, "attendance");
        }

        @Test
        void aRoundTableIsHeldOnce() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .when(new RecordRoundTableHeld(ID, 1, held, List.of(new PartAttendance(null, null),
                            new PartAttendance(null, null)), null, null)),
                    ErrorCode.ROUND_TABLE_ALREADY_HELD, "roundTableNumber");
        }

        @Test
        void anUnknownRoundTableIsNotFound() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new RecordRoundTableHeld(ID, 4, held, List.of(), null, null)),
                    ErrorCode.ROUND_TABLE_NOT_FOUND, "roundTableNumber");
        }

        @Test
        void theMinutesAreNotSentBeforeTheRoundTableWasHeld() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"))
                    .when(new SendMinutesToFamily(ID, 1, held.minusDays(1))),
                    ErrorCode.DATE_BEFORE_ROUND_TABLE, "sentOn");
        }

        @Test
        void aGoalIsReviewedOncePerRoundTable() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new RecordRoundTableHeld(ID, 1, held,
                            List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER)),
                                    new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH))),
                            List.of(new GoalReview(1, GoalReviewOutcome.ON_TRACK, null),
                                    new GoalReview(1, GoalReviewOutcome.ADJUST, null)), null)),
                    ErrorCode.DUPLICATE_GOAL_REFERENCE, "goalReviews");
        }

        @Test
        void aReviewOfAGoalThePlanDoesNotHaveNamesTheReference() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new RecordRoundTableHeld(ID, 1, held,
                            List.of(new PartAttendance(List.of(MOTHER), List.of(OPENER)),
                                    new PartAttendance(List.of(MOTHER), List.of(OPENER, COACH))),
                            List.of(new GoalReview(9, GoalReviewOutcome.ON_TRACK, null)), null)),
                    ErrorCode.UNKNOWN_GOAL, "goalReviews");
        }

        @Test
        void theMinutesGoToTheFamilyBeforeAnyoneElse() {
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"), new MinutesSentToFamily(ID, 1, held))
                    .when(new RecordMinutesApproval(ID, 1, held.plusDays(2), "Verslag, met de opmerking van moeder"))
                    .expectEvents(new MinutesApprovedByFamily(ID, 1, held.plusDays(2),
                            "Verslag, met de opmerking van moeder"));
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"))
                    .when(new DistributeMinutes(ID, 1, held.plusDays(1), List.of(COACH))),
                    ErrorCode.MINUTES_OUT_OF_ORDER, null);
        }

        @Test
        void approvedMinutesGoToThoseTheFamilyConsentedToAndAreOnTheLedger() {
            UUID consent = UUID.randomUUID();
            Instant moment = held.plusDays(4).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant().minusMillis(1);
            Category minutes = Category.of(InformationCategory.ROUND_TABLE_MINUTES);
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"), new MinutesSentToFamily(ID, 1, held),
                            new MinutesApprovedByFamily(ID, 1, held, null),
                            new ConsentGiven(ID, consent, List.of(MOTHER, DAAN), List.of(MOTHER),
                                    Recipient.participant(COACH), List.of(minutes), CARE, START.atStartOfDay(
                                    ZoneId.of("Europe/Amsterdam")).toInstant(), null, ConsentForm.WRITTEN, "DOC"))
                    .when(new DistributeMinutes(ID, 1, held.plusDays(3), List.of(COACH)))
                    .expectEvents(new MinutesDistributed(ID, 1, held.plusDays(3), List.of(COACH)),
                            new InformationShared(ID, UUID.nameUUIDFromBytes((ID + "/minutes/1/" + COACH)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), Recipient.participant(COACH),
                                    List.of(MOTHER, DAAN), List.of(minutes), Purpose.of(Purpose.CARE_COORDINATION),
                                    DisclosureChannel.ROUND_TABLE, moment, List.of(new ConsentReference(consent, 1)),
                                    null, List.of(new DisclosedPart(MOTHER, minutes), new DisclosedPart(DAAN, minutes))));
        }

        @Test
        void refusedMinutesGoToNobodyAndEachRefusalIsOnRecord() {
            Category minutes = Category.of(InformationCategory.ROUND_TABLE_MINUTES);
            Instant moment = held.plusDays(4).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant().minusMillis(1);
            List<UncoveredPair> uncovered = List.of(new UncoveredPair(MOTHER, minutes, "NO_CONSENT"),
                    new UncoveredPair(DAAN, minutes, "NO_CONSENT"));
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"), new MinutesSentToFamily(ID, 1, held),
                            new MinutesApprovedByFamily(ID, 1, held, null))
                    .when(new DistributeMinutes(ID, 1, held.plusDays(3), List.of(COACH)))
                    .expectEvents(new DisclosureRefused(ID, UUID.nameUUIDFromBytes((ID + "/minutes/1/" + COACH
                                    + "/refused/0").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            Recipient.participant(COACH), List.of(MOTHER, DAAN), List.of(minutes),
                            Purpose.of(Purpose.CARE_COORDINATION), DisclosureChannel.ROUND_TABLE, moment, uncovered))
                    .expectResultMessagePayload(new SharingOutcome(Accepted.at(14), uncovered));
        }

        @Test
        void minutesConsentedForAnotherPurposeDoNotGo() {
            Category minutes = Category.of(InformationCategory.ROUND_TABLE_MINUTES);
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled(), heldEvent())
                    .andGiven(new MinutesDrafted(ID, 1, "Verslag"), new MinutesSentToFamily(ID, 1, held),
                            new MinutesApprovedByFamily(ID, 1, held, null),
                            new ConsentGiven(ID, UUID.randomUUID(), List.of(MOTHER, DAAN), List.of(MOTHER),
                                    Recipient.participant(COACH), List.of(minutes), SCHOOL, START.atStartOfDay(
                                    ZoneId.of("Europe/Amsterdam")).toInstant(), null, ConsentForm.WRITTEN, "DOC"))
                    .when(new DistributeMinutes(ID, 1, held.plusDays(3), List.of(COACH)))
                    .expectResultMessagePayload(new SharingOutcome(Accepted.at(15), List.of(
                            new UncoveredPair(MOTHER, minutes, "OTHER_PURPOSE"),
                            new UncoveredPair(DAAN, minutes, "OTHER_PURPOSE"))));
        }

        @Test
        void minutesAreWrittenAfterTheRoundTable() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(scheduled())
                    .when(new DraftMinutes(ID, 1, "Verslag")),
                    ErrorCode.ROUND_TABLE_NOT_HELD, "roundTableNumber");
        }

        @Test
        void setsTheRoundTableInterval() {
            fixture.given(openedWithStandardAgreements())
                    .when(new SetRoundTableInterval(ID, 60))
                    .expectEvents(new RoundTableIntervalSet(ID, 60));
        }

        @Test
        void theIntervalIsBetweenAWeekAndAYear() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new SetRoundTableInterval(ID, 3)),
                    ErrorCode.INVALID_INTERVAL, "days");
        }
    }

    @Nested
    class ConsentAndSharing {

        private final Instant now = TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        private final UUID consent = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000e1");
        private final UUID denial = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000e2");
        private final UUID disclosure = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000e3");
        private final UUID sara = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000a3");
        private final Recipient school = Recipient.organisation("Basisschool De Regenboog");
        private final Category educationGoals = new Category(InformationCategory.GOALS,
                LifeDomain.EDUCATION_AND_UPBRINGING);
        private final Category safety = Category.of(InformationCategory.SAFETY_CONCERNS);

        private ParticipantInvolved teacher() {
            return new ParticipantInvolved(ID, COACH, ParticipantKind.PROFESSIONAL, "Marloes Kok", null,
                    "Basisschool De Regenboog", "leerkracht", null, null, null, Set.of());
        }

        private Object[] family() {
            return new Object[]{mother(), daan(), teacher(), new FamilyMemberRegistered(ID, sara, "Sara Jansen",
                    LocalDate.of(2012, 6, 1), MemberRole.CHILD, false)};
        }

        private ConsentGiven schoolMaySeeEducationGoals() {
            return new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), school, List.of(educationGoals),
                    SCHOOL, now.minus(Duration.ofDays(10)), null, ConsentForm.WRITTEN, "DOC-1");
        }

        private ShareInformation share(Category category, Instant at, StatutoryGround ground) {
            return share(category, at, ground, FOR_SCHOOL);
        }

        private ShareInformation share(Category category, Instant at, StatutoryGround ground, Purpose purpose) {
            return new ShareInformation(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                    List.of(category), purpose, DisclosureChannel.EMAIL, at, ground);
        }

        @Test
        void aParentWithCustodyConsentsForAYoungChild() {
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, null, null, ConsentForm.VERBAL, null))
                    .expectEvents(new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, now, null, ConsentForm.VERBAL, null));
        }

        @Test
        void aChildOfThirteenConsentsToo() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(sara), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, null, null, ConsentForm.VERBAL, null)),
                    ErrorCode.CONSENT_SIGNATURE_MISSING, "givenByMemberIds");
        }

        @Test
        void aWrittenConsentNamesItsDocument() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, null, null, ConsentForm.WRITTEN, null)),
                    ErrorCode.DOCUMENT_REFERENCE_REQUIRED, "documentReference");
        }

        @Test
        void backdatingAConsentNeedsTheWrittenForm() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, now.minus(Duration.ofDays(3)), null,
                            ConsentForm.VERBAL, null)),
                    ErrorCode.BACKDATING_NEEDS_WRITTEN_FORM, "validFrom");
        }

        @Test
        void onlyGoalsAndAgreementsHaveLifeDomains() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(new Category(InformationCategory.INDICATIONS, LifeDomain.HOUSING)), SCHOOL,
                            null, null, ConsentForm.VERBAL, null)),
                    ErrorCode.LIFE_DOMAIN_NOT_APPLICABLE, "categories.lifeDomain");
        }

        @Test
        void sharesWhatAConsentForTheRecipientsOrganisationCovers() {
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals())
                    .when(share(educationGoals, now, null))
                    .expectEvents(new InformationShared(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), FOR_SCHOOL, DisclosureChannel.EMAIL, now,
                            List.of(new ConsentReference(consent, 1)), null,
                            List.of(new DisclosedPart(DAAN, educationGoals))))
                    .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasProperty("class"));
        }

        @Test
        void whatNoConsentCoversIsRefusedAndTheAttemptRecorded() {
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals())
                    .when(share(safety, now, null))
                    .expectEvents(new DisclosureRefused(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(safety), FOR_SCHOOL, DisclosureChannel.EMAIL, now,
                            List.of(new UncoveredPair(DAAN, safety, "NO_CONSENT"))))
                    .expectResultMessagePayload(new SharingOutcome(Accepted.at(10),
                            List.of(new UncoveredPair(DAAN, safety, "NO_CONSENT"))));
        }

        @Test
        void aDenialWinsOverAPermit() {
            ConsentGiven wholePlan = new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                    List.of(Category.of(InformationCategory.PLAN_COPY)), SCHOOL, now.minus(Duration.ofDays(10)),
                    null, ConsentForm.WRITTEN, "DOC-2");
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(wholePlan,
                            new DenialRecorded(ID, denial, List.of(DAAN), List.of(MOTHER), school, List.of(safety),
                                    now.minus(Duration.ofDays(5))))
                    .when(share(safety, now, null))
                    .expectEvents(new DisclosureRefused(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(safety), FOR_SCHOOL, DisclosureChannel.EMAIL, now,
                            List.of(new UncoveredPair(DAAN, safety, "DENIED"))));
        }

        @Test
        void aWithdrawalBlocksSharingFromItsMomentButNotBefore() {
            Instant withdrawn = now.minus(Duration.ofDays(1));
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals(),
                            new ConsentWithdrawn(ID, consent, withdrawn))
                    .when(share(educationGoals, withdrawn, null))
                    .expectEvents(new DisclosureRefused(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), FOR_SCHOOL, DisclosureChannel.EMAIL, withdrawn,
                            List.of(new UncoveredPair(DAAN, educationGoals, "NO_CONSENT"))));
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals(),
                            new ConsentWithdrawn(ID, consent, withdrawn))
                    .when(share(educationGoals, withdrawn.minusMillis(1), null))
                    .expectEvents(new InformationShared(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), FOR_SCHOOL, DisclosureChannel.EMAIL,
                            withdrawn.minusMillis(1), List.of(new ConsentReference(consent, 2)), null,
                            List.of(new DisclosedPart(DAAN, educationGoals))));
        }

        @Test
        void aConsentExpiresWhenItsPeriodEnds() {
            ConsentGiven shortOne = new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                    List.of(educationGoals), SCHOOL, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(2)),
                    ConsentForm.WRITTEN, "DOC-3");
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(shortOne)
                    .when(share(educationGoals, now, null))
                    .expectEvents(new DisclosureRefused(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), FOR_SCHOOL, DisclosureChannel.EMAIL, now,
                            List.of(new UncoveredPair(DAAN, educationGoals, "NO_CONSENT"))));
        }

        @Test
        void aStatutoryGroundSharesWithoutConsent() {
            StatutoryGround ground = new StatutoryGround("MELDCODE", "Acute zorgen om veiligheid",
                    "aandachtsfunctionaris", null, "Melden zou het kind in gevaar brengen");
            fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(share(safety, now, ground))
                    .expectEvents(new InformationShared(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(safety), FOR_SCHOOL, DisclosureChannel.EMAIL, now, List.of(), ground,
                            List.of(new DisclosedPart(DAAN, safety))));
        }

        @Test
        void aStatutoryGroundSaysWhetherTheFamilyWasTold() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(share(safety, now, new StatutoryGround("MELDCODE", "Zorgen", "aandachtsfunctionaris", null,
                            null))),
                    ErrorCode.FIELD_REQUIRED, "statutoryGround.familyNotInformedReason");
        }

        @Test
        void sharingIsRecordedNotPlanned() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(share(educationGoals, now.plus(Duration.ofDays(1)), null)),
                    ErrorCode.DATE_IN_FUTURE, "sharedAt");
        }

        @Test
        void aConsentIsNotWithdrawnBeforeItStarts() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(schoolMaySeeEducationGoals())
                    .when(new WithdrawConsent(ID, consent, now.minus(Duration.ofDays(11)))),
                    ErrorCode.WITHDRAWAL_BEFORE_CONSENT, "effectiveAt");
        }

        @Test
        void aConsentEndsAfterItStarts() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), SCHOOL, now, now, ConsentForm.VERBAL, null)),
                    ErrorCode.VALID_UNTIL_NOT_AFTER_VALID_FROM, "validUntil");
        }

        @Test
        void aConsentIsWithdrawnOnce() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(schoolMaySeeEducationGoals(), new ConsentWithdrawn(ID, consent, now))
                    .when(new WithdrawConsent(ID, consent, now)),
                    ErrorCode.CONSENT_ALREADY_WITHDRAWN, "consentId");
        }

        @Test
        void anUnknownConsentIsNotFound() {
            rejected(() -> fixture.given(openedWithStandardAgreements())
                    .when(new WithdrawConsent(ID, consent, now)),
                    ErrorCode.CONSENT_NOT_FOUND, "consentId");
        }

        @Test
        void aYoungChildDoesNotDenyAlone() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new RecordDenial(ID, denial, List.of(DAAN), List.of(DAAN), school, List.of(safety), null)),
                    ErrorCode.MAY_NOT_DENY, "decidedByMemberIds");
        }

        @Test
        void aConsentNamesItsPurposes() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), List.of(), null, null, ConsentForm.VERBAL, null)),
                    ErrorCode.PURPOSE_REQUIRED, "purposes");
        }

        @Test
        void aPurposeComesFromTheCatalogue() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                            List.of(educationGoals), List.of(Purpose.of(Purpose.UNSPECIFIED)), null, null,
                            ConsentForm.VERBAL, null)),
                    ErrorCode.PURPOSE_UNKNOWN, "purposes");
        }

        @Test
        void anOtherPurposeIsDescribed() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(share(educationGoals, now, null, Purpose.of(Purpose.OTHER))),
                    ErrorCode.PURPOSE_TEXT_REQUIRED, "purpose.text");
        }

        @Test
        void aConsentCoversOnlyThePurposesItNames() {
            Purpose health = Purpose.of("HEALTH_CARE");
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals())
                    .when(share(educationGoals, now, null, health))
                    .expectEvents(new DisclosureRefused(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), health, DisclosureChannel.EMAIL, now,
                            List.of(new UncoveredPair(DAAN, educationGoals, "OTHER_PURPOSE"))));
        }

        @Test
        void anOtherPurposeCoversOnlyTheSameDescription() {
            ConsentGiven forTheSportsCoach = new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), school,
                    List.of(educationGoals), List.of(new Purpose(Purpose.OTHER, "Buurtsportcoach")),
                    now.minus(Duration.ofDays(10)), null, ConsentForm.WRITTEN, "DOC-1");
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(forTheSportsCoach)
                    .when(share(educationGoals, now, null, new Purpose(Purpose.OTHER, " buurtsportcoach ")))
                    .expectEvents(new InformationShared(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), new Purpose(Purpose.OTHER, "buurtsportcoach"),
                            DisclosureChannel.EMAIL, now, List.of(new ConsentReference(consent, 1)), null,
                            List.of(new DisclosedPart(DAAN, educationGoals))));
        }

        @Test
        void aClientClockAFewSecondsAheadIsRecordedAsNow() {
            fixture.given(openedWithStandardAgreements()).andGiven(family()).andGiven(schoolMaySeeEducationGoals())
                    .when(share(educationGoals, now.plusSeconds(30), null))
                    .expectEvents(new InformationShared(ID, disclosure, Recipient.participant(COACH), List.of(DAAN),
                            List.of(educationGoals), FOR_SCHOOL, DisclosureChannel.EMAIL, now,
                            List.of(new ConsentReference(consent, 1)), null,
                            List.of(new DisclosedPart(DAAN, educationGoals))));
        }

        @Test
        void sharingMoreThanAMinuteAheadIsRefused() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(share(educationGoals, now.plusSeconds(61), null)),
                    ErrorCode.DATE_IN_FUTURE, "sharedAt");
        }

        @Test
        void aDisclosureIdIsRecordedOnce() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .andGiven(schoolMaySeeEducationGoals(), new InformationShared(ID, disclosure,
                            Recipient.participant(COACH), List.of(DAAN), List.of(educationGoals), FOR_SCHOOL,
                            DisclosureChannel.EMAIL, now, List.of(new ConsentReference(consent, 1)), null,
                            List.of(new DisclosedPart(DAAN, educationGoals))))
                    .when(share(educationGoals, now, null)),
                    ErrorCode.DISCLOSURE_ALREADY_RECORDED, "disclosureId");
        }

        @Test
        void aRecipientIsOneParticipantOrOneOrganisation() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(family())
                    .when(new GiveConsent(ID, consent, List.of(DAAN), List.of(MOTHER),
                            new Recipient(COACH, "Basisschool"), List.of(educationGoals), SCHOOL, null, null,
                            ConsentForm.VERBAL, null)),
                    ErrorCode.RECIPIENT_REQUIRED, "recipient");
        }
    }

    @Nested
    class PlanCopies {

        private final Instant now = TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        private final UUID copy = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000f1");
        private final UUID consent = UUID.fromString("6f1c1e2a-0000-4000-8000-0000000000f2");
        private final Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        private final Category educationGoals = new Category(InformationCategory.GOALS,
                LifeDomain.EDUCATION_AND_UPBRINGING);

        private ParticipantInvolved teacher() {
            return new ParticipantInvolved(ID, COACH, ParticipantKind.PROFESSIONAL, "Marloes Kok", null,
                    "Basisschool De Regenboog", "leerkracht", null, null, null, Set.of());
        }

        /** Daan's school goal, and the mother's goal about violence at home that the school must not see. */
        private Object[] familyWithGoals() {
            return new Object[]{mother(), daan(), teacher(), goal1(), new GoalSet(ID, 2, "Veilig thuis",
                    LifeDomain.DOMESTIC_VIOLENCE, List.of(MOTHER), LocalDate.of(2026, 1, 10),
                    LocalDate.of(2026, 6, 30), GoalAuthorship.FAMILY)};
        }

        private ConsentGiven schoolMaySeeDaansDetailsAndSchoolGoals() {
            return new ConsentGiven(ID, consent, List.of(DAAN), List.of(MOTHER), Recipient.participant(COACH),
                    List.of(contact, educationGoals), CARE, now.minus(Duration.ofDays(3)), null, ConsentForm.WRITTEN,
                    "DOC-7");
        }

        private InformationShared issued() {
            return new InformationShared(ID, copy, Recipient.participant(COACH), List.of(DAAN),
                    List.of(contact, educationGoals), Purpose.of(Purpose.CARE_COORDINATION), DisclosureChannel.PLAN_COPY,
                    now, List.of(new ConsentReference(consent, 1)), null,
                    List.of(new DisclosedPart(DAAN, contact), new DisclosedPart(DAAN, educationGoals)));
        }

        @Test
        void aCopyDisclosesExactlyThePartsTheFamilysConsentCovers() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(schoolMaySeeDaansDetailsAndSchoolGoals())
                    .when(new IssuePlanCopy(ID, copy, COACH, null, null), as(AHMED))
                    .expectEvents(issued())
                    .expectResultMessagePayload(new CopyOutcome(Accepted.at(11), CopyOutcome.Kind.ISSUED,
                            List.of(new DisclosedPart(DAAN, contact), new DisclosedPart(DAAN, educationGoals)),
                            List.of()));
        }

        @Test
        void theSameCopyAskedTwiceIsOneCopy() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(schoolMaySeeDaansDetailsAndSchoolGoals(), issued())
                    .when(new IssuePlanCopy(ID, copy, COACH, null, null), as(AHMED))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CopyOutcome(Accepted.at(11), CopyOutcome.Kind.REPEATED,
                            List.of(), List.of()));
        }

        @Test
        void aCopyIdIsNotReusedForAnotherRecipient() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(schoolMaySeeDaansDetailsAndSchoolGoals(), issued(), aunt())
                    .when(new IssuePlanCopy(ID, copy, AUNT, null, null), as(AHMED)),
                    ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key");
        }

        @Test
        void aCopyGoesToAnInvolvedProfessional() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals()).andGiven(aunt())
                    .when(new IssuePlanCopy(ID, copy, AUNT, null, null), as(AHMED)),
                    ErrorCode.COPY_RECIPIENT_NOT_INVOLVED, "recipientId");
        }

        @Test
        void aCopyTheConsentCoversNothingOfIsRefusedAndOnRecord() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .when(new IssuePlanCopy(ID, copy, COACH, DisclosureChannel.EMAIL, null), as(AHMED))
                    .expectEvents(new DisclosureRefused(ID, copy, Recipient.participant(COACH), List.of(MOTHER, DAAN),
                            List.of(contact, educationGoals, new Category(InformationCategory.GOALS,
                                    LifeDomain.DOMESTIC_VIOLENCE), Category.of(InformationCategory.AGREEMENTS)),
                            Purpose.of(Purpose.CARE_COORDINATION), DisclosureChannel.EMAIL, now, List.of(
                                    new UncoveredPair(MOTHER, contact, "NO_CONSENT"),
                                    new UncoveredPair(DAAN, contact, "NO_CONSENT"),
                                    new UncoveredPair(DAAN, educationGoals, "NO_CONSENT"),
                                    new UncoveredPair(MOTHER, new Category(InformationCategory.GOALS,
                                            LifeDomain.DOMESTIC_VIOLENCE), "NO_CONSENT"),
                                    new UncoveredPair(MOTHER, Category.of(InformationCategory.AGREEMENTS), "NO_CONSENT"),
                                    new UncoveredPair(DAAN, Category.of(InformationCategory.AGREEMENTS), "NO_CONSENT"))));
        }

        @Test
        void aRefusedCopyAskedAgainIsRefusedAgainWithoutANewAttempt() {
            List<UncoveredPair> uncovered = List.of(new UncoveredPair(DAAN, contact, "NO_CONSENT"));
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(new DisclosureRefused(ID, copy, Recipient.participant(COACH), List.of(DAAN),
                            List.of(contact), Purpose.of(Purpose.CARE_COORDINATION), DisclosureChannel.PLAN_COPY, now,
                            uncovered))
                    .when(new IssuePlanCopy(ID, copy, COACH, null, null), as(AHMED))
                    .expectNoEvents()
                    .expectResultMessagePayload(CopyOutcome.refused(Accepted.at(10), uncovered));
        }

        @Test
        void aCopyForAPurposeTheFamilyDidNotConsentToHoldsNothing() {
            fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(schoolMaySeeDaansDetailsAndSchoolGoals())
                    .when(new IssuePlanCopy(ID, copy, COACH, null, Purpose.of("REFERRAL")), as(AHMED))
                    .expectResultMessagePayload(CopyOutcome.refused(Accepted.at(11), List.of(
                            new UncoveredPair(MOTHER, contact, "NO_CONSENT"),
                            new UncoveredPair(DAAN, contact, "OTHER_PURPOSE"),
                            new UncoveredPair(DAAN, educationGoals, "OTHER_PURPOSE"),
                            new UncoveredPair(MOTHER, new Category(InformationCategory.GOALS,
                                    LifeDomain.DOMESTIC_VIOLENCE), "NO_CONSENT"),
                            new UncoveredPair(MOTHER, Category.of(InformationCategory.AGREEMENTS), "NO_CONSENT"),
                            new UncoveredPair(DAAN, Category.of(InformationCategory.AGREEMENTS), "NO_CONSENT"))));
        }

        @Test
        void onlyTheCoordinatorIssuesCopies() {
            rejected(() -> fixture.given(openedWithStandardAgreements()).andGiven(familyWithGoals())
                    .andGiven(new ParticipantAccountLinked(ID, COACH, "marloes"))
                    .when(new IssuePlanCopy(ID, copy, COACH, null, null), as(TEACHER)),
                    ErrorCode.NOT_THE_COORDINATOR, null);
        }
    }
}
