package nl.oneplan.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every event there is, from the sealed {@link TrajectoryEvent}, and one of each with every field
 * filled, for tests that must cover them all: a new event is covered the day it is added.
 */
public final class SampleEvents {

    public static final UUID TRAJECTORY = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** The one id every sample uses for a member, participant, consent, …, so names resolve. */
    public static final UUID PERSON = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 3);

    private SampleEvents() {
    }

    /** Every event type: the records below the sealed interfaces. */
    public static List<Class<? extends TrajectoryEvent>> types() {
        List<Class<? extends TrajectoryEvent>> types = new ArrayList<>();
        collect(TrajectoryEvent.class, types);
        return types;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, List<Class<? extends TrajectoryEvent>> into) {
        if (type.isRecord()) {
            into.add((Class<? extends TrajectoryEvent>) type);
            return;
        }
        Arrays.stream(type.getPermittedSubclasses()).forEach(permitted -> collect(permitted, into));
    }

    /** One of every event. */
    public static List<TrajectoryEvent> all() {
        return types().stream().<TrajectoryEvent>map(SampleEvents::of).toList();
    }

    /** One event of the type, every field filled: the trajectory first, then {@link #PERSON}, day, text, the first constant. */
    public static <T extends TrajectoryEvent> T of(Class<T> type) {
        return type.cast(record(type));
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == 0 && components[i].getName().equals("trajectoryId") ? TRAJECTORY
                    : value(components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("no sample " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static Object value(Type generic) {
        if (generic instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == List.class) {
                return List.of(value(element));
            }
            if (raw == Set.class) {
                return Set.of(value(element));
            }
            if (raw == Map.class) {
                return Map.of(value(element), value(parameterized.getActualTypeArguments()[1]));
            }
            throw new IllegalArgumentException("no sample for " + generic);
        }
        Class<?> type = (Class<?>) generic;
        if (type == UUID.class) {
            return PERSON;
        }
        if (type == String.class) {
            return "Tekst";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return DAY;
        }
        if (type == LocalDateTime.class) {
            return DAY.atTime(14, 0);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-02-03T10:00:00Z");
        }
        if (type == Purpose.class) {
            return Purpose.of(Purpose.CARE_COORDINATION);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
