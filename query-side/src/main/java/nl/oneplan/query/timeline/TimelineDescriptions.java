package nl.oneplan.query.timeline;

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
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.query.plan.StandardAgreementTexts;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalDropped;
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
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.events.UncoveredPair;
import nl.oneplan.rules.PurposeCatalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Says what an event means in plain Dutch and English, with the names people had when it
 * happened. An event type this class does not know yet is named by its type.
 */
final class TimelineDescriptions {

    /** A description in both languages of the UI. */
    record Described(String dutch, String english) {
    }

    private static final PurposeCatalogue PURPOSES = PurposeCatalogue.standard();
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter NL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final Map<RegistrationRoute, String> ROUTE_NL = Map.of(
            RegistrationRoute.SELF, "het gezin zelf", RegistrationRoute.SCHOOL, "school",
            RegistrationRoute.GP, "huisarts", RegistrationRoute.VEILIG_THUIS, "Veilig Thuis",
            RegistrationRoute.YOUTH_HEALTH_CARE, "jeugdgezondheidszorg",
            RegistrationRoute.OTHER_AGENCY, "andere instantie");
    private static final Map<RegistrationRoute, String> ROUTE_EN = Map.of(
            RegistrationRoute.SELF, "the family itself", RegistrationRoute.SCHOOL, "a school",
            RegistrationRoute.GP, "a GP", RegistrationRoute.VEILIG_THUIS, "Veilig Thuis",
            RegistrationRoute.YOUTH_HEALTH_CARE, "youth health care", RegistrationRoute.OTHER_AGENCY, "another agency");
    private static final Map<MemberRole, String> ROLE_NL = Map.of(MemberRole.PARENT, "ouder",
            MemberRole.GUARDIAN, "voogd", MemberRole.CHILD, "kind", MemberRole.OTHER_HOUSEHOLD, "huisgenoot");
    private static final Map<NetworkCategory, String> NETWORK_NL = Map.of(NetworkCategory.RELATIVES, "familie",
            NetworkCategory.FRIENDS, "vrienden", NetworkCategory.ACQUAINTANCES, "kennissen",
            NetworkCategory.NEIGHBOURS, "buren", NetworkCategory.WORK_OR_SCHOOL, "werk of school",
            NetworkCategory.CLUB, "vereniging", NetworkCategory.RELIGION, "geloof", NetworkCategory.OTHER, "overig");
    private static final Map<ArrangementKind, String> ARRANGEMENT_NL = Map.of(ArrangementKind.EMAIL, "e-mail",
            ArrangementKind.PHONE, "telefoon", ArrangementKind.COORDINATION_MEETING, "coördinatieoverleg",
            ArrangementKind.OTHER, "anders");

    private static final Map<ClosureReason, String> CLOSURE_NL = Map.of(
            ClosureReason.GOALS_REACHED, "doelen bereikt", ClosureReason.SELF_RELIANT, "gezin zelfredzaam genoeg",
            ClosureReason.MOVED, "verhuisd", ClosureReason.FAMILY_WITHDRAWS, "gezin stopt",
            ClosureReason.COURT_ORDERED_SUPERVISION, "ondertoezichtstelling (OTS)",
            ClosureReason.TRANSFERRED, "overgedragen");

    private static final Map<GoalDropReason, String> DROP_NL = Map.of(
            GoalDropReason.NO_LONGER_APPLICABLE, "niet meer van toepassing", GoalDropReason.REPLACED,
            "vervangen door doel", GoalDropReason.FAMILYS_CHOICE, "keuze van het gezin");

    private static final Map<DirectionLevel, String> DIRECTION_NL = Map.of(
            DirectionLevel.OBJECT, "object", DirectionLevel.INFORMATION_PROVIDER, "informatieverstrekker",
            DirectionLevel.ADVISER, "adviseur", DirectionLevel.ASSESSOR, "beoordelaar",
            DirectionLevel.CO_DECIDER, "medebeslisser", DirectionLevel.DRIVING_FORCE, "drijvende kracht");
    private static final Map<EscalationLevel, String> ESCALATION_NL = Map.of(
            EscalationLevel.TEAM_LEAD, "teamleider", EscalationLevel.MANAGEMENT, "management",
            EscalationLevel.VEILIG_THUIS, "Veilig Thuis", EscalationLevel.CHILD_PROTECTION_BOARD,
            "Raad voor de Kinderbescherming");

    private static final Map<InformationCategory, String> CATEGORY_NL = Map.of(
            InformationCategory.CONTACT_DETAILS, "contactgegevens", InformationCategory.GOALS, "doelen",
            InformationCategory.AGREEMENTS, "afspraken",
            InformationCategory.ROUND_TABLE_MINUTES, "verslagen van rondetafeloverleg",
            InformationCategory.INDICATIONS, "beschikkingen",
            InformationCategory.DIRECTION_AND_EVALUATION, "regie en evaluatie",
            InformationCategory.SAFETY_CONCERNS, "zorgen over veiligheid",
            InformationCategory.PLAN_COPY, "het hele plan");
    private static final Map<LifeDomain, String> DOMAIN_NL = Map.of(
            LifeDomain.HOUSING, "wonen", LifeDomain.WORK_INCOME_DEBTS, "werk, inkomen en schulden",
            LifeDomain.EDUCATION_AND_UPBRINGING, "opvoeding en onderwijs",
            LifeDomain.HEALTH_AND_PSYCHOSOCIAL, "gezondheid en psychosociaal", LifeDomain.ADDICTION, "verslaving",
            LifeDomain.DOMESTIC_VIOLENCE, "huiselijk geweld",
            LifeDomain.CRIME_AND_SAFETY, "criminaliteit en veiligheid",
            LifeDomain.SOCIAL_NETWORK, "sociaal netwerk", LifeDomain.OTHER, "overig");

    private TimelineDescriptions() {
    }

    /**
     * @param names the name of a member or participant of the trajectory at this moment
     */
    static Described describe(TrajectoryEvent event, Function<UUID, String> names) {
        if (event instanceof TrajectoryOpened e) {
            String agencyNl = e.registration().agency() == null ? "" : " (" + e.registration().agency() + ")";
            return new Described(
                    "Traject geopend voor gezin " + e.familyName() + " in " + e.municipality() + ", start "
                            + NL_DATE.format(e.startDate()) + "; aangemeld door "
                            + ROUTE_NL.get(e.registration().route()) + agencyNl,
                    "Trajectory opened for the " + e.familyName() + " family in " + e.municipality() + ", starting "
                            + EN_DATE.format(e.startDate()) + "; registered by "
                            + ROUTE_EN.get(e.registration().route())
                            + agencyNl);
        }
        if (event instanceof FamilyMemberRegistered e) {
            return new Described(
                    "Gezinslid " + e.name() + " toegevoegd (" + ROLE_NL.get(e.role()) + ", geboren "
                            + date(e.dateOfBirth(), NL_DATE) + ")",
                    "Family member " + e.name() + " registered (" + english(e.role()) + ", born "
                            + date(e.dateOfBirth(), EN_DATE) + ")");
        }
        if (event instanceof FamilyMemberCorrected e) {
            return new Described("Gegevens van gezinslid " + e.name() + " gecorrigeerd",
                    "Details of family member " + e.name() + " corrected");
        }
        if (event instanceof FamilyContactRecorded) {
            return new Described("Contactgegevens en belangrijke informatie van het gezin vastgelegd",
                    "Family contact details and important information recorded");
        }
        if (event instanceof ParticipantInvolved e) {
            return e.kind() == ParticipantKind.PROFESSIONAL
                    ? new Described(e.name() + " betrokken als professional van " + e.organisation(),
                    e.name() + " involved as a professional of " + e.organisation())
                    : new Described(e.name() + " betrokken uit het netwerk ("
                    + NETWORK_NL.get(e.networkCategory()) + ")",
                    e.name() + " involved from the network (" + english(e.networkCategory()) + ")");
        }
        if (event instanceof ParticipantAccountLinked e) {
            String name = nameOr(names, e.participantId(), "een deelnemer");
            return new Described("Gebruiker " + e.userId() + " handelt voortaan als " + name,
                    "User " + e.userId() + " now acts as " + english(name, "een deelnemer", "a participant"));
        }
        if (event instanceof ParticipantAccountUnlinked e) {
            String name = nameOr(names, e.participantId(), "een deelnemer");
            return new Described("Gebruiker " + e.userId() + " handelt niet meer als " + name + ": " + e.reason(),
                    "User " + e.userId() + " no longer acts as " + english(name, "een deelnemer", "a participant")
                            + ": " + e.reason());
        }
        if (event instanceof CoordinatorAssigned e) {
            String name = nameOr(names, e.coordinator().id(), "iemand");
            return new Described(name + " is zorgcoördinator",
                    english(name, "iemand", "someone") + " became care coordinator");
        }
        if (event instanceof CoordinationArrangementRecorded e) {
            return new Described("Afspraken over afstemming vastgelegd: " + ARRANGEMENT_NL.get(e.kind()),
                    "Coordination arrangement recorded: " + english(e.kind()));
        }
        if (event instanceof GoalSet e) {
            return new Described("Doel " + e.goalNumber() + " gesteld: " + e.description(),
                    "Goal " + e.goalNumber() + " set: " + e.description());
        }
        if (event instanceof GoalAchieved e) {
            return new Described("Doel " + e.goalNumber() + " bereikt op " + NL_DATE.format(e.achievedOn()),
                    "Goal " + e.goalNumber() + " achieved on " + EN_DATE.format(e.achievedOn()));
        }
        if (event instanceof AgreementMade e) {
            String whatNl = e.standard() != null ? StandardAgreementTexts.dutch(e.standard()) : e.what();
            String whatEn = e.standard() != null ? StandardAgreementTexts.english(e.standard()) : e.what();
            return new Described("Afspraak " + e.agreementNumber() + ": " + who(e.who(), names, true) + " — "
                    + whatNl, "Agreement " + e.agreementNumber() + ": " + who(e.who(), names, false) + " — " + whatEn);
        }
        if (event instanceof AgreementCompleted e) {
            return new Described("Afspraak " + e.agreementNumber() + " afgerond op " + NL_DATE.format(e.completedOn()),
                    "Agreement " + e.agreementNumber() + " completed on " + EN_DATE.format(e.completedOn()));
        }
        if (event instanceof GoalRevised e) {
            return new Described("Doel " + e.goalNumber() + " bijgesteld: " + e.description() + " (gepland klaar "
                    + NL_DATE.format(e.plannedEndDate()) + ")", "Goal " + e.goalNumber() + " revised: "
                    + e.description() + " (planned end " + EN_DATE.format(e.plannedEndDate()) + ")");
        }
        if (event instanceof GoalDropped e) {
            String replaced = e.replacedByGoal() == null ? "" : " " + e.replacedByGoal();
            return new Described("Doel " + e.goalNumber() + " vervallen: " + DROP_NL.get(e.reason()) + replaced,
                    "Goal " + e.goalNumber() + " dropped: " + (e.reason() == GoalDropReason.REPLACED
                            ? "replaced by goal" : english(e.reason())) + replaced);
        }
        if (event instanceof AgreementRescheduled e) {
            return new Described("Afspraak " + e.agreementNumber() + " verzet naar "
                    + NL_DATE.format(e.plannedEndDate()) + ": " + e.reason(), "Agreement " + e.agreementNumber() + " rescheduled to "
                    + EN_DATE.format(e.plannedEndDate()) + ": " + e.reason());
        }
        if (event instanceof AgreementCancelled e) {
            return new Described("Afspraak " + e.agreementNumber() + " vervallen: " + e.reason(),
                    "Agreement " + e.agreementNumber() + " cancelled: " + e.reason());
        }
        if (event instanceof ParticipantWithdrawn e) {
            String name = nameOr(names, e.participantId(), "een deelnemer");
            return new Described(name + " is per " + NL_DATE.format(e.withdrawnOn()) + " niet meer betrokken",
                    english(name, "een deelnemer", "a participant") + " withdrew on "
                            + EN_DATE.format(e.withdrawnOn()));
        }
        if (event instanceof CoordinationHandedOver e) {
            String to = nameOr(names, e.to().id(), "iemand");
            String from = nameOr(names, e.from().id(), "iemand");
            return new Described("Zorgcoördinatie overgedragen van " + from + " aan " + to + " ("
                    + e.reason() + "); gezin " + (e.familyInformed() ? "geïnformeerd" : "niet geïnformeerd"),
                    "Coordination handed over from " + english(from, "iemand", "someone") + " to "
                            + english(to, "iemand", "someone") + " (" + e.reason() + "); family "
                            + (e.familyInformed() ? "informed" : "not informed"));
        }
        if (event instanceof DirectionLevelRecorded e) {
            String member = nameOr(names, e.memberId(), "een gezinslid");
            String domainNl = e.lifeDomain() == null ? "" : " voor " + DOMAIN_NL.get(e.lifeDomain());
            String domainEn = e.lifeDomain() == null ? "" : " for " + english(e.lifeDomain());
            Integer decision = e.safetyDecisionNumber();
            String byDecisionNl = decision == null ? " (door een veiligheidsbesluit)" : " (door veiligheidsbesluit "
                    + decision + ")";
            String byDecisionEn = decision == null ? " (due to a safety decision)" : " (due to safety decision "
                    + decision + ")";
            return new Described("Regie van " + member + domainNl + ": " + DIRECTION_NL.get(e.level())
                    + (e.dueToSafetyDecision() ? byDecisionNl : ""),
                    "Direction of " + english(member, "een gezinslid", "a family member") + domainEn + ": "
                            + english(e.level()) + (e.dueToSafetyDecision() ? byDecisionEn : ""));
        }
        if (event instanceof IndicationRegistered e) {
            return new Described("Beschikking " + e.kindOfCare() + " bij " + e.careProvider() + " geldig van "
                    + NL_DATE.format(e.validFrom()) + " tot " + NL_DATE.format(e.validUntil()),
                    "Indication " + e.kindOfCare() + " with " + e.careProvider() + " valid from "
                            + EN_DATE.format(e.validFrom()) + " until " + EN_DATE.format(e.validUntil()));
        }
        if (event instanceof IndicationExtended e) {
            return new Described("Beschikking verlengd tot " + NL_DATE.format(e.validUntil()),
                    "Indication extended until " + EN_DATE.format(e.validUntil()));
        }
        if (event instanceof IndicationEnded e) {
            return new Described("Beschikking beëindigd op " + NL_DATE.format(e.endedOn()),
                    "Indication ended on " + EN_DATE.format(e.endedOn()));
        }
        if (event instanceof Escalated e) {
            return new Described("Opgeschaald (" + e.escalationNumber() + ") naar " + ESCALATION_NL.get(e.to()) + ": "
                    + e.reason(), "Escalated (" + e.escalationNumber() + ") to " + english(e.to()) + ": "
                    + e.reason());
        }
        if (event instanceof Deescalated e) {
            return new Described("Afgeschaald (" + e.escalationNumber() + "): " + e.resolution(),
                    "De-escalated (" + e.escalationNumber() + "): " + e.resolution());
        }
        if (event instanceof SafetyDecisionRecorded e) {
            return new Described("Veiligheidsbesluit " + e.decisionNumber() + " door " + e.decidedBy() + ": "
                    + e.decision(), "Safety decision " + e.decisionNumber() + " by " + e.decidedBy() + ": "
                    + e.decision());
        }
        if (event instanceof RoundTableScheduled e) {
            return new Described("Rondetafeloverleg " + e.roundTableNumber() + " gepland op "
                    + NL_DATE.format(e.startsAt().toLocalDate()) + " in " + e.place() + " (" + e.parts().size()
                    + (e.parts().size() == 1 ? " deel)" : " delen)"), "Round table " + e.roundTableNumber()
                    + " scheduled on " + EN_DATE.format(e.startsAt().toLocalDate()) + " at " + e.place() + " ("
                    + e.parts().size() + (e.parts().size() == 1 ? " part)" : " parts)"));
        }
        if (event instanceof RoundTableHeld e) {
            return new Described("Rondetafeloverleg " + e.roundTableNumber() + " gehouden op "
                    + NL_DATE.format(e.heldOn()), "Round table " + e.roundTableNumber() + " held on "
                    + EN_DATE.format(e.heldOn()));
        }
        if (event instanceof MinutesDrafted e) {
            return new Described("Verslag van rondetafeloverleg " + e.roundTableNumber() + " opgesteld",
                    "Minutes of round table " + e.roundTableNumber() + " drafted");
        }
        if (event instanceof MinutesSentToFamily e) {
            return new Described("Verslag van rondetafeloverleg " + e.roundTableNumber() + " eerst naar het gezin",
                    "Minutes of round table " + e.roundTableNumber() + " sent to the family first");
        }
        if (event instanceof MinutesApprovedByFamily e) {
            return new Described("Gezin keurt het verslag van rondetafeloverleg " + e.roundTableNumber() + " goed"
                    + (e.changedText() != null ? ", met wijzigingen" : ""), "The family approved the minutes of "
                    + "round table " + e.roundTableNumber() + (e.changedText() != null ? ", with changes" : ""));
        }
        if (event instanceof MinutesDistributed e) {
            return new Described("Verslag van rondetafeloverleg " + e.roundTableNumber() + " verspreid onder "
                    + e.recipientIds().size() + " betrokkenen", "Minutes of round table " + e.roundTableNumber()
                    + " distributed to " + e.recipientIds().size() + " participants");
        }
        if (event instanceof RoundTableIntervalSet e) {
            return new Described("Rondetafeloverleg voortaan elke " + e.days() + " dagen",
                    "Round tables from now on every " + e.days() + " days");
        }
        if (event instanceof ConsentGiven e) {
            String recipient = recipient(e.recipient(), names);
            String signers = people(e.givenByMemberIds(), names, "onbekend");
            String about = people(e.aboutMemberIds(), names, "onbekend");
            String form = e.form() == ConsentForm.WRITTEN ? "schriftelijk" + (e.documentReference() == null ? ""
                    : ", " + e.documentReference()) : "mondeling";
            String formEn = e.form() == ConsentForm.WRITTEN ? "written" + (e.documentReference() == null ? ""
                    : ", " + e.documentReference()) : "verbal";
            return new Described("Toestemming van " + signers + " om " + categories(e.categories(), true) + " over "
                    + about + " te delen met " + recipient + " voor " + purposes(e.purposes(), true)
                    + ", geldig vanaf " + NL_DATE.format(day(e.validFrom())) + " (" + form + ")",
                    "Consent by " + english(signers, "onbekend", "unknown") + " to share "
                            + categories(e.categories(), false) + " about " + english(about, "onbekend", "unknown")
                            + " with " + recipient + " for " + purposes(e.purposes(), false) + ", valid from "
                            + EN_DATE.format(day(e.validFrom())) + " (" + formEn + ")");
        }
        if (event instanceof ConsentWithdrawn e) {
            return new Described("Toestemming ingetrokken per " + NL_DATE.format(day(e.effectiveAt())),
                    "Consent withdrawn as of " + EN_DATE.format(day(e.effectiveAt())));
        }
        if (event instanceof DenialRecorded e) {
            String recipient = recipient(e.recipient(), names);
            String deciders = people(e.decidedByMemberIds(), names, "onbekend");
            return new Described("Weigering door " + deciders + ": " + categories(e.categories(), true)
                    + " nooit delen met " + recipient, "Denied by " + english(deciders, "onbekend", "unknown")
                    + ": never share " + categories(e.categories(), false) + " with " + recipient);
        }
        if (event instanceof InformationShared e) {
            String recipient = recipient(e.recipient(), names);
            String code = e.statutoryGround() == null ? null : e.statutoryGround().code();
            String ground = code == null ? "" : " op wettelijke grondslag " + code;
            String groundEn = code == null ? "" : " on statutory ground " + code;
            return new Described("Gedeeld met " + recipient + ": " + categories(e.categories(), true) + ground
                    + "; doel: " + purposes(List.of(e.purpose()), true), "Shared with " + recipient + ": "
                    + categories(e.categories(), false) + groundEn + "; purpose: " + purposes(List.of(e.purpose()), false));
        }
        if (event instanceof DisclosureRefused e) {
            String recipient = recipient(e.recipient(), names);
            List<Category> refused = e.uncovered().stream().map(UncoveredPair::category).distinct().toList();
            return new Described("Delen met " + recipient + " geweigerd, niet gedekt door toestemming: "
                    + categories(refused, true) + "; doel: " + purposes(List.of(e.purpose()), true),
                    "Sharing with " + recipient + " refused, not covered by consent: " + categories(refused, false)
                            + "; purpose: " + purposes(List.of(e.purpose()), false));
        }
        if (event instanceof ClosureProposed e) {
            return new Described("Afsluiting voorgesteld: " + CLOSURE_NL.get(e.reason()),
                    "Closure proposed: " + english(e.reason()));
        }
        if (event instanceof FinalEvaluationHeld e) {
            return new Described("Eindevaluatie met het gezin gehouden op " + NL_DATE.format(e.heldOn())
                    + (e.familyJudgesEnough() ? "; het gezin vindt het voor nu genoeg"
                    : "; het gezin vindt het nog niet genoeg"),
                    "Final evaluation held with the family on " + EN_DATE.format(e.heldOn())
                            + (e.familyJudgesEnough() ? "; the family judges it enough for now"
                            : "; the family does not judge it enough yet"));
        }
        if (event instanceof ClosureInformationRecorded e) {
            String parties = e.informed().stream().map(InformedParty::party).collect(Collectors.joining(", "));
            return e.informed().isEmpty()
                    ? new Described("Vastgelegd dat niemand over de afsluiting geïnformeerd hoeft te worden",
                    "Recorded that nobody needs to be informed of the closure")
                    : new Described("Geïnformeerd over de afsluiting: " + parties,
                    "Informed of the closure: " + parties);
        }
        if (event instanceof TrajectoryClosed e) {
            return e.withoutFinalEvaluation()
                    ? new Described("Traject afgesloten zonder eindevaluatie (" + CLOSURE_NL.get(e.reason()) + "): "
                    + e.explanation(), "Trajectory closed without final evaluation (" + english(e.reason()) + "): "
                    + e.explanation())
                    : new Described("Traject afgesloten op " + NL_DATE.format(e.closedOn()) + " ("
                    + CLOSURE_NL.get(e.reason()) + ")", "Trajectory closed on " + EN_DATE.format(e.closedOn())
                    + " (" + english(e.reason()) + ")");
        }
        if (event instanceof TrajectoryReopened e) {
            return new Described("Traject heropend: " + e.reason(), "Trajectory reopened: " + e.reason());
        }
        String type = event.getClass().getSimpleName();
        return new Described(type, type);
    }

    private static String recipient(Recipient recipient, Function<UUID, String> names) {
        if (recipient.participantId() == null) {
            return recipient.organisation();
        }
        String name = names.apply(recipient.participantId());
        return name != null ? name : "?";
    }

    private static String people(List<UUID> ids, Function<UUID, String> names, String dutchFallback) {
        return ids.stream().map(id -> nameOr(names, id, dutchFallback)).collect(Collectors.joining(" en "));
    }

    /** Purposes in words, by the standard catalogue; a code it does not know is shown as it is. */
    private static String purposes(List<Purpose> purposes, boolean dutch) {
        return purposes.stream().map(purpose -> {
            String label = PURPOSES.entry(purpose.code()).map(entry -> dutch ? entry.labelNl() : entry.labelEn())
                    .orElse(Purpose.UNSPECIFIED.equals(purpose.code()) ? (dutch ? "doel niet vastgelegd"
                            : "purpose not recorded") : purpose.code());
            return purpose.text() == null ? label : Purpose.OTHER.equals(purpose.code())
                    ? label + ": " + purpose.text() : label + " (" + purpose.text() + ")";
        }).collect(Collectors.joining(dutch ? " en " : " and "));
    }

    private static String categories(List<Category> categories, boolean dutch) {
        return categories.stream().map(category -> (dutch ? CATEGORY_NL.get(category.type())
                        : english(category.type()))
                        + (category.lifeDomain() == null ? "" : " (" + (dutch ? DOMAIN_NL.get(category.lifeDomain())
                        : english(category.lifeDomain())) + ")"))
                .collect(Collectors.joining(", "));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.of("Europe/Amsterdam"));
    }

    private static String who(PartyRef who, Function<UUID, String> names, boolean dutch) {
        if (who.kind() == PartyKind.COORDINATOR_WITH_FAMILY) {
            return dutch ? "zorgcoördinator met het gezin" : "the coordinator with the family";
        }
        String name = names.apply(who.id());
        return name != null ? name : dutch ? "onbekend" : "unknown";
    }

    private static String nameOr(Function<UUID, String> names, UUID id, String dutchFallback) {
        String name = id == null ? null : names.apply(id);
        return name != null ? name : dutchFallback;
    }

    /** Replaces a Dutch fallback word by its English one; real names stay as they are. */
    private static String english(String name, String dutchFallback, String englishFallback) {
        return name.equals(dutchFallback) ? englishFallback : name;
    }

    private static String english(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "?" : format.format(date);
    }
}
