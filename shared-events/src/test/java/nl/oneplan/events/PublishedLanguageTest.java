package nl.oneplan.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The events are the contract between the sides and with the stored history: keep their shape honest. */
class PublishedLanguageTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.oneplan.events");

    private static List<Class<?>> events() {
        return CLASSES.stream().map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> type.getRecordComponents().length > 0
                        && type.getRecordComponents()[0].getName().equals("trajectoryId"))
                .toList();
    }

    @Test
    void everyEventIsARecordWithTheTrajectoryFirstAndARevision() {
        assertThat(events()).hasSizeGreaterThanOrEqualTo(11);
        for (Class<?> event : events()) {
            RecordComponent first = event.getRecordComponents()[0];
            assertThat(first.getType()).as(event.getSimpleName()).isEqualTo(UUID.class);
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " has @Revision").isNotNull();
        }
    }

    @Test
    void everyTypeInThePackageIsImmutable() {
        for (JavaClass type : CLASSES.that(JavaClass.Predicates.resideInAPackage("nl.oneplan.events"))) {
            Class<?> reflected = type.reflect();
            if (reflected.isRecord() || reflected.isEnum() || reflected.isInterface() || reflected.isAnnotation()
                    || type.getSimpleName().equals("package-info")) {
                continue;
            }
            throw new AssertionError(type.getName() + " is neither a record nor an enum");
        }
    }

    @Test
    void eventsSurviveAJsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        UUID id = UUID.randomUUID();
        List<Object> samples = List.of(
                new TrajectoryOpened(id, "Jansen", "Gouda", LocalDate.of(2026, 1, 5),
                        new Registration(RegistrationRoute.SCHOOL, "De Regenboog")),
                new ParticipantInvolved(id, UUID.randomUUID(), ParticipantKind.PROFESSIONAL, "Sanne", null, "CJG",
                        "coach", "coach", "s@cjg.nl", "0182 123 456", Set.of(DayOfWeek.MONDAY)),
                AgreementMade.standard(id, 1, StandardAgreement.FINAL_EVALUATION, LocalDate.of(2026, 1, 5)),
                new GoalSet(id, 1, "Naar school", LifeDomain.EDUCATION_AND_UPBRINGING, List.of(UUID.randomUUID()),
                        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), GoalAuthorship.TOGETHER),
                new CoordinatorAssigned(id, PartyRef.member(UUID.randomUUID())));
        for (Object event : samples) {
            String text = json.writeValueAsString(event);
            assertThat(json.readValue(text, event.getClass())).as(text).isEqualTo(event);
        }
    }
}
