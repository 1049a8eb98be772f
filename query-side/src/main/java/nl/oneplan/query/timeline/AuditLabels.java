package nl.oneplan.query.timeline;

import java.util.Map;
import java.util.Set;

/**
 * What a privacy officer reads in a timeline instead of the description: the kind of event only.
 * Descriptions carry plan contents (goal texts, reasons, notes, birth dates) that an auditor has no
 * ground to read; who, when and which kind of event is what an audit needs, and for consent and
 * sharing the record itself.
 */
public final class AuditLabels {

    private record Label(String dutch, String english) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("TrajectoryOpened", new Label("Traject geopend", "Trajectory opened")),
            Map.entry("TrajectoryClosed", new Label("Traject afgesloten", "Trajectory closed")),
            Map.entry("TrajectoryReopened", new Label("Traject heropend", "Trajectory reopened")),
            Map.entry("FamilyMemberRegistered", new Label("Gezinslid geregistreerd", "Family member registered")),
            Map.entry("FamilyMemberCorrected", new Label("Gegevens van een gezinslid gecorrigeerd",
                    "Family member's details corrected")),
            Map.entry("FamilyContactRecorded", new Label("Contactgegevens van het gezin vastgelegd",
                    "Family contact details recorded")),
            Map.entry("ParticipantInvolved", new Label("Betrokkene toegevoegd", "Participant involved")),
            Map.entry("ParticipantWithdrawn", new Label("Betrokkene teruggetrokken", "Participant withdrawn")),
            Map.entry("ParticipantAccountLinked", new Label("Account gekoppeld aan een betrokkene",
                    "Account linked to a participant")),
            Map.entry("ParticipantAccountUnlinked", new Label("Account ontkoppeld van een betrokkene",
                    "Account unlinked from a participant")),
            Map.entry("CoordinatorAssigned", new Label("Zorgcoördinator gekozen", "Care coordinator assigned")),
            Map.entry("CoordinationHandedOver", new Label("Zorgcoördinatie overgedragen", "Coordination handed over")),
            Map.entry("CoordinationArrangementRecorded", new Label("Afspraken over afstemming vastgelegd",
                    "Coordination arrangement recorded")),
            Map.entry("GoalSet", new Label("Doel vastgelegd", "Goal set")),
            Map.entry("GoalRevised", new Label("Doel bijgesteld", "Goal revised")),
            Map.entry("GoalAchieved", new Label("Doel bereikt", "Goal achieved")),
            Map.entry("GoalDropped", new Label("Doel vervallen", "Goal dropped")),
            Map.entry("AgreementMade", new Label("Afspraak gemaakt", "Agreement made")),
            Map.entry("AgreementCompleted", new Label("Afspraak nagekomen", "Agreement completed")),
            Map.entry("AgreementRescheduled", new Label("Afspraak verzet", "Agreement rescheduled")),
            Map.entry("AgreementCancelled", new Label("Afspraak vervallen", "Agreement cancelled")),
            Map.entry("DirectionLevelRecorded", new Label("Regieniveau vastgelegd", "Direction level recorded")),
            Map.entry("IndicationRegistered", new Label("Indicatie vastgelegd", "Indication registered")),
            Map.entry("IndicationExtended", new Label("Indicatie verlengd", "Indication extended")),
            Map.entry("IndicationEnded", new Label("Indicatie beëindigd", "Indication ended")),
            Map.entry("Escalated", new Label("Opgeschaald", "Escalated")),
            Map.entry("Deescalated", new Label("Afgeschaald", "De-escalated")),
            Map.entry("SafetyDecisionRecorded", new Label("Veiligheidsbesluit vastgelegd", "Safety decision recorded")),
            Map.entry("RoundTableIntervalSet", new Label("Termijn voor rondetafeloverleg vastgelegd",
                    "Round table interval set")),
            Map.entry("RoundTableScheduled", new Label("Rondetafeloverleg gepland", "Round table scheduled")),
            Map.entry("RoundTableHeld", new Label("Rondetafeloverleg gehouden", "Round table held")),
            Map.entry("MinutesDrafted", new Label("Verslag opgesteld", "Minutes drafted")),
            Map.entry("MinutesSentToFamily", new Label("Verslag naar het gezin gestuurd", "Minutes sent to the family")),
            Map.entry("MinutesApprovedByFamily", new Label("Verslag goedgekeurd door het gezin",
                    "Minutes approved by the family")),
            Map.entry("MinutesDistributed", new Label("Verslag verspreid", "Minutes distributed")),
            Map.entry("ConsentGiven", new Label("Toestemming vastgelegd", "Consent recorded")),
            Map.entry("ConsentWithdrawn", new Label("Toestemming ingetrokken", "Consent withdrawn")),
            Map.entry("DenialRecorded", new Label("Weigering vastgelegd", "Denial recorded")),
            Map.entry("InformationShared", new Label("Informatie gedeeld", "Information shared")),
            Map.entry("DisclosureRefused", new Label("Delen van informatie geweigerd", "Disclosure refused")),
            Map.entry("ClosureProposed", new Label("Afsluiting voorgesteld", "Closure proposed")),
            Map.entry("FinalEvaluationHeld", new Label("Eindevaluatie gehouden", "Final evaluation held")),
            Map.entry("ClosureInformationRecorded", new Label("Vastgelegd wie over de afsluiting is geïnformeerd",
                    "Recorded who was informed of the closure")));

    private AuditLabels() {
    }

    /** The kind of event in words; an unknown kind says only that something was recorded. */
    public static String of(String eventType, boolean english) {
        Label label = LABELS.get(eventType);
        if (label == null) {
            return english ? "Change recorded" : "Wijziging vastgelegd";
        }
        return english ? label.english() : label.dutch();
    }

    /**
     * Consent and sharing are what an audit is about, and their descriptions hold only who signed,
     * about whom, which categories, to whom and for which purpose: an auditor reads them in full.
     */
    private static final Set<String> AUDIT_RECORDS = Set.of("ConsentGiven", "ConsentWithdrawn", "DenialRecorded",
            "InformationShared", "DisclosureRefused");

    /** What a privacy officer reads for an entry: its description if it is a consent record, else its kind. */
    public static String forAuditor(String eventType, String description, boolean english) {
        return AUDIT_RECORDS.contains(eventType) ? description : of(eventType, english);
    }

    static boolean knows(String eventType) {
        return LABELS.containsKey(eventType);
    }
}
