package nl.oneplan.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Entry point of the query side for the composition root: importing this configuration
 * registers the projections (and so their event processors) and the query REST API; scheduling
 * aligns the slot processors and checks whether a rebuilt projection can take over.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = QuerySideConfiguration.class)
@EnableScheduling
public class QuerySideConfiguration {

    /** The query side's own scheduler, so slot checks never wait behind another component's tasks. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("projection-slots-");
        return scheduler;
    }
}
