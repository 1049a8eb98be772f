package nl.oneplan.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;

/** The filter that keeps answers to commands sent with an Idempotency-Key, and forgetting them after a day. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    private final IdempotentCommands filter;

    IdempotencyConfiguration(JdbcTemplate jdbc, Clock clock) {
        this.filter = new IdempotentCommands(jdbc, clock);
    }

    /** Not a bean: Spring Security runs it, after the caller is known; the container must not run it again. */
    public IdempotentCommands filter() {
        return filter;
    }

    @Scheduled(fixedDelayString = "PT10M")
    void forgetOldKeys() {
        try {
            filter.forgetOlderThanADay();
        } catch (RuntimeException e) {
            LOG.warn("Could not forget old idempotency keys: {}", e.getMessage());
        }
    }
}
