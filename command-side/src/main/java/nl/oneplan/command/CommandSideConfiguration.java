package nl.oneplan.command;

import nl.oneplan.command.trajectory.consent.ConsentAuthorityPolicy;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the command side for the composition root: importing this configuration
 * registers the aggregates, their command handlers and the command REST API.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CommandSideConfiguration.class)
public class CommandSideConfiguration {

    /** Who may consent for whom: the Dutch default; a deployment may declare its own bean instead. */
    @Bean
    @ConditionalOnMissingBean
    public ConsentAuthorityPolicy consentAuthorityPolicy() {
        return new ConsentAuthorityPolicy();
    }

    /** The trajectories kept in memory between commands (see {@link TrajectoryCache}). */
    @Bean
    public org.axonframework.common.caching.Cache familyTrajectoryCache(
            @Value("${oneplan.commands.cached-trajectories:500}") int capacity) {
        return new TrajectoryCache(capacity);
    }

    /**
     * A trajectory is loaded from its latest snapshot plus the events after it, so handling a
     * command does not slow down as its history grows (years of round tables and agreements).
     */
    @Bean
    public SnapshotTriggerDefinition familyTrajectorySnapshotTrigger(
            Snapshotter snapshotter, @Value("${oneplan.snapshots.every-events:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
