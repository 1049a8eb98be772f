package nl.oneplan.app.config;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(executor, 2, 1);

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Class<? extends Throwable>[] chain = new Class[]{ConcurrencyException.class};
            failures.add(chain);
        }
        return failures;
    }

    @Test
    void retriesALostRaceUntilTheLimit() throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(2);
        RuntimeException conflict = new ConcurrencyException("lost", new IllegalStateException("23505"));

        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"), conflict, failures(1),
                dispatched::countDown)).isTrue();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"), conflict, failures(2),
                dispatched::countDown)).isTrue();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"), conflict, failures(3),
                dispatched::countDown)).isFalse();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void neverRetriesABrokenRule() {
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"),
                new DomainException(ErrorCode.UNKNOWN_GOAL, "no goal 7"), failures(1), () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("c"),
                new IllegalStateException("database down"), failures(1), () -> { })).isFalse();
    }
}
