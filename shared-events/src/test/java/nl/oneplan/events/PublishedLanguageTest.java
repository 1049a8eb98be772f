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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The events are the contract between the sides and with the stored history: keep their shape honest. */
class PublishedLanguageTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.oneplan.events");

    @Test
    void everyEventIsARecordWithTheTrajectoryFirstAndARevision() {
        assertThat(SampleEvents.types()).hasSizeGreaterThanOrEqualTo(43);
        for (Class<?> event : SampleEvents.types()) {
            RecordComponent first = event.getRecordComponents()[0];
            assertThat(first.getName()).as(event.getSimpleName()).isEqualTo("trajectoryId");
            assertThat(first.getType()).as(event.getSimpleName()).isEqualTo(UUID.class);
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " has @Revision").isNotNull();
        }
    }

    /** Nothing escapes the sealed hierarchy: a record about a trajectory that is no event is a mistake. */
    @Test
    void everyRecordAboutATrajectoryIsATrajectoryEvent() {
        List<Class<?>> aboutATrajectory = CLASSES.stream().map(JavaClass::reflect).filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getRecordComponents())
                        .anyMatch(component -> component.getName().equals("trajectoryId")))
                .toList();
        assertThat(aboutATrajectory).allSatisfy(type ->
                assertThat(TrajectoryEvent.class.isAssignableFrom(type)).as(type.getSimpleName()).isTrue());
        assertThat(SampleEvents.types()).containsExactlyInAnyOrderElementsOf(aboutATrajectory.stream()
                .map(type -> type.asSubclass(TrajectoryEvent.class)).toList());
    }

    @Test
    void everyEventSurvivesAJsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (TrajectoryEvent event : SampleEvents.all()) {
            String text = json.writeValueAsString(event);
            assertThat(json.readValue(text, event.getClass())).as(text).isEqualTo(event);
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
}
