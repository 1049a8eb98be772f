package nl.oneplan.query.timeline;

import nl.oneplan.events.SampleEvents;
import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.Registration;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.query.timeline.TimelineDescriptions.Described;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineDescriptionsTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID SANNE = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(SANNE, "Sanne de Vries");

    private static Described describe(TrajectoryEvent event) {
        return TimelineDescriptions.describe(event, NAMES::get);
    }

    /** The sealed events: a new one without a description in both languages fails here. */
    @Test
    void everyEventIsDescribedInDutchAndInEnglish() {
        for (TrajectoryEvent event : SampleEvents.all()) {
            Described described = TimelineDescriptions.describe(event, id -> "Petra Jansen");
            String type = event.getClass().getSimpleName();
            assertThat(described.dutch()).as(type).isNotBlank().isNotEqualTo(type).doesNotContain("null");
            assertThat(described.english()).as(type).isNotBlank().isNotEqualTo(type).doesNotContain("null")
                    .isNotEqualTo(described.dutch());
        }
    }

    @Test
    void anOpeningSaysForWhomWhereAndHowTheFamilyCame() {
        Described opened = describe(new TrajectoryOpened(ID, "Jansen", "Gouda", LocalDate.of(2026, 1, 5),
                new Registration(RegistrationRoute.SCHOOL, "De Regenboog")));

        assertThat(opened.dutch()).isEqualTo("Traject geopend voor gezin Jansen in Gouda, start 5 januari 2026; "
                + "aangemeld door school (De Regenboog)");
        assertThat(opened.english()).isEqualTo("Trajectory opened for the Jansen family in Gouda, starting "
                + "5 January 2026; registered by a school (De Regenboog)");
    }

    @Test
    void peopleReferredToByIdAreNamed() {
        assertThat(describe(new CoordinatorAssigned(ID, PartyRef.participant(SANNE))).dutch())
                .isEqualTo("Sanne de Vries is zorgcoördinator");
        assertThat(describe(new ParticipantAccountLinked(ID, SANNE, "sanne")).english())
                .isEqualTo("User sanne now acts as Sanne de Vries");
        assertThat(describe(new ParticipantAccountLinked(ID, UUID.randomUUID(), "x")).english())
                .isEqualTo("User x now acts as a participant");
        assertThat(describe(new ParticipantAccountUnlinked(ID, SANNE, "sanne", "Andere baan")).dutch())
                .isEqualTo("Gebruiker sanne handelt niet meer als Sanne de Vries: Andere baan");
    }

    @Test
    void aConsentSaysWhoSignedAboutWhomToWhomForWhatAndHow() {
        UUID mother = UUID.randomUUID();
        UUID daan = UUID.randomUUID();
        Map<UUID, String> names = Map.of(mother, "Petra Jansen", daan, "Daan Jansen");
        ConsentGiven consent = new ConsentGiven(ID, UUID.randomUUID(), List.of(daan), List.of(mother),
                Recipient.organisation("Basisschool De Regenboog"),
                List.of(new Category(InformationCategory.GOALS, LifeDomain.EDUCATION_AND_UPBRINGING)),
                List.of(Purpose.of("SCHOOL_SUPPORT"), new Purpose(Purpose.OTHER, "Sportclub")),
                Instant.parse("2026-03-02T09:00:00Z"), null, ConsentForm.WRITTEN, "TOE-2026-014");

        Described described = TimelineDescriptions.describe(consent, names::get);

        assertThat(described.dutch()).isEqualTo("Toestemming van Petra Jansen om doelen (opvoeding en onderwijs) over "
                + "Daan Jansen te delen met Basisschool De Regenboog voor Ondersteuning op school en Anders, namelijk: "
                + "Sportclub, geldig vanaf 2 maart 2026 (schriftelijk, TOE-2026-014)");
        assertThat(described.english()).isEqualTo("Consent by Petra Jansen to share goals (education and upbringing) "
                + "about Daan Jansen with Basisschool De Regenboog for Support at school and Other, namely: Sportclub, "
                + "valid from 2 March 2026 (written, TOE-2026-014)");
        assertThat(TimelineDescriptions.describe(new DenialRecorded(ID, UUID.randomUUID(), List.of(mother),
                List.of(mother), Recipient.organisation("Basisschool De Regenboog"),
                List.of(Category.of(InformationCategory.SAFETY_CONCERNS)), Instant.parse("2026-03-02T09:00:00Z")),
                names::get).dutch()).isEqualTo("Weigering door Petra Jansen: zorgen over veiligheid nooit delen met "
                + "Basisschool De Regenboog");
    }

    @Test
    void standardAgreementsBelongToTheCoordinatorWithTheFamilyAndAreWordedInEachLanguage() {
        Described agreement = describe(AgreementMade.standard(ID, 1, StandardAgreement.FINAL_EVALUATION,
                LocalDate.of(2026, 1, 5)));

        assertThat(agreement.dutch()).isEqualTo("Afspraak 1: zorgcoördinator met het gezin — Eindevaluatie: samen "
                + "met het gezin bespreken hoe de samenwerking is verlopen en wat het het gezin heeft opgeleverd");
        assertThat(agreement.english()).isEqualTo("Agreement 1: the coordinator with the family — Final evaluation: "
                + "discuss with the family how the cooperation went and what it brought the family");
    }

    @Test
    void membersAndDatesReadNaturally() {
        assertThat(describe(new FamilyMemberRegistered(ID, UUID.randomUUID(), "Daan Jansen",
                LocalDate.of(2014, 9, 30), MemberRole.CHILD, false)).dutch())
                .isEqualTo("Gezinslid Daan Jansen toegevoegd (kind, geboren 30 september 2014)");
        assertThat(describe(new GoalAchieved(ID, 2, LocalDate.of(2026, 2, 20))).english())
                .isEqualTo("Goal 2 achieved on 20 February 2026");
    }
}
