package nl.oneplan.query.timeline;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLabelsTest {

    /** Every event of the published language (the records carrying @Revision), by simple name. */
    private static List<String> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("nl.oneplan.events").stream().map(BeanDefinition::getBeanClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void everyKindOfEventHasAnAuditLabelInBothLanguages() {
        assertThat(eventTypes()).hasSizeGreaterThan(40).contains("ParticipantAccountUnlinked");
        for (String type : eventTypes()) {
            assertThat(AuditLabels.knows(type)).as(type).isTrue();
        }
        assertThat(AuditLabels.of("GoalSet", false)).isEqualTo("Doel vastgelegd");
        assertThat(AuditLabels.of("GoalSet", true)).isEqualTo("Goal set");
        assertThat(AuditLabels.of("SomethingNew", false)).isEqualTo("Wijziging vastgelegd");
    }
}
