package nl.oneplan.query;

import nl.oneplan.query.projection.StoreReplays;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
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

    /** A slot without tokens on a store with history is replayed by a store reader, set up before processors start. */
    @Bean
    ConfigurerModule replayBeforeProcessorsStart(ObjectProvider<StoreReplays> replays) {
        return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> replays.getObject().prepareFirstStart());
    }
}
