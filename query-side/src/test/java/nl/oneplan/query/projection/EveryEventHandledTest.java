package nl.oneplan.query.projection;

import nl.oneplan.events.SampleEvents;
import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.query.consent.DisclosureLedgerProjection;
import nl.oneplan.query.plan.PlanViewProjection;
import nl.oneplan.query.reports.TrajectoryReportProjection;
import nl.oneplan.query.timeline.TimelineProjection;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection handles every event or says it ignores it (an event, or a whole group of the
 * sealed hierarchy): a new event fails here until each read model has decided what it means for it.
 */
class EveryEventHandledTest {

    @ParameterizedTest
    @ValueSource(classes = {PlanViewProjection.class, TimelineProjection.class, TrajectoryReportProjection.class,
            DisclosureLedgerProjection.class})
    void everyEventIsHandledOrExplicitlyIgnored(Class<?> projection) throws Exception {
        List<Class<?>> handled = Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0]).toList();
        Set<Class<?>> ignored = ignoredBy(projection);

        List<String> undecided = SampleEvents.types().stream()
                .filter(event -> handled.stream().noneMatch(type -> type.isAssignableFrom(event))
                        && ignored.stream().noneMatch(type -> type.isAssignableFrom(event)))
                .map(Class::getSimpleName).toList();
        List<String> both = SampleEvents.types().stream()
                .filter(event -> handled.stream().anyMatch(type -> type.isAssignableFrom(event))
                        && ignored.stream().anyMatch(type -> type.isAssignableFrom(event)))
                .map(Class::getSimpleName).toList();

        assertThat(undecided).as(projection.getSimpleName() + " neither handles nor ignores").isEmpty();
        assertThat(both).as(projection.getSimpleName() + " handles what it says it ignores").isEmpty();
    }

    /** The events, or groups of events, a projection declares in {@code IGNORED_EVENTS} that it ignores. */
    @SuppressWarnings("unchecked")
    private static Set<Class<?>> ignoredBy(Class<?> projection) throws IllegalAccessException {
        for (Field field : projection.getDeclaredFields()) {
            if (field.getName().equals("IGNORED_EVENTS")) {
                field.setAccessible(true);
                return (Set<Class<?>>) field.get(null);
            }
        }
        return Set.of();
    }
}
