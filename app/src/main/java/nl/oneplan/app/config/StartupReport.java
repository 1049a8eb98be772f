package nl.oneplan.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at startup which sides run and on which database, and how to switch to PostgreSQL. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String roles = Role.describe(Role.parse(environment.getProperty(Role.PROPERTY, Role.DEFAULT)));
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            log.warn("OnePlan runs as {} on the EMBEDDED database {} (H2 in PostgreSQL mode). "
                    + "Fine for trying OnePlan out; for real use set ONEPLAN_DB_URL "
                    + "(e.g. jdbc:postgresql://db:5432/oneplan), ONEPLAN_DB_USER and ONEPLAN_DB_PASSWORD.",
                    roles, url.replaceFirst(";.*", ""));
        } else {
            log.info("OnePlan runs as {} on {}", roles, url.replaceFirst("\\?.*", ""));
        }
    }
}
