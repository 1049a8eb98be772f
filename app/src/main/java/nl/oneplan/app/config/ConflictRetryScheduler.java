package nl.oneplan.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when it lost a race for the same trajectory (another writer stored the
 * same sequence number first): the retry reloads the trajectory, checks the rules again against
 * the newer state, and stores its events after the other writer's. Every other failure (a broken
 * rule, bad input) is final and answered at once. Axon's own schedulers would also retry domain
 * exceptions, because those are not marked non-transient.
 */
public class ConflictRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;

    public ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, long baseDelayMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.baseDelayMillis = baseDelayMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        int attempt = failures.size();
        if (!isConflict(lastFailure) || attempt > maxRetries) {
            return false;
        }
        // Back off exponentially with jitter so that two racing writers do not collide again in step.
        long delay = baseDelayMillis * (1L << (attempt - 1)) + ThreadLocalRandom.current().nextLong(baseDelayMillis + 1);
        log.debug("{} lost a race for its trajectory; retry {} of {} in {} ms",
                commandMessage.getPayloadType().getSimpleName(), attempt, maxRetries, delay);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
