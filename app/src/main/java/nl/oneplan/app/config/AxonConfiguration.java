package nl.oneplan.app.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.ActingUser;
import nl.oneplan.events.upcasting.AgreementMadeRevision1Upcaster;
import nl.oneplan.events.upcasting.DirectionLevelRecordedRevision1Upcaster;
import nl.oneplan.events.upcasting.EscalatedRevision1Upcaster;
import nl.oneplan.events.upcasting.GoalSetRevision1Upcaster;
import nl.oneplan.events.upcasting.PurposeRevision1Upcaster;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC storage engine (auto-configured; Flyway owns
 * its tables), Jackson for every message, unique-key violations as concurrency conflicts, and
 * projections that stop and retry rather than skip an event they failed on.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** Event JSON is the published language: its mapper is ours, not the web layer's. */
    static ObjectMapper messageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Snapshots store an aggregate's state, which lives in private fields without getters; this
     * serializer reads and writes those fields. Only the storage engine uses it.
     */
    static Serializer snapshotSerializer() {
        ObjectMapper fields = messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }

    /** Snapshots are taken on their own thread, never on the one that answers a request. */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * PostgreSQL (and H2) report a duplicate (aggregate, sequence number) as SQLState 23505, which
     * Axon's default resolver does not recognise; without this a lost race is an unretryable error.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** Declared here because declaring the event store switches off Axon's auto-configured engine. */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer())
                .eventSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                // Projections read the store in batches this large; Axon's default (100) makes a
                // rebuild spend its time on round trips.
                .batchSize(500)
                .build();
    }

    /**
     * Segments of a projection are claimed per node; a node's id is its name in the projection
     * status. Set it per process ({@code ONEPLAN_NODE_ID}) when several share a host or a JVM.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${oneplan.node-id:}") String nodeId,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:PT10S}") Duration claimTimeout) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder().connectionProvider(connectionProvider)
                .schema(new TokenSchema()).serializer(serializer).claimTimeout(claimTimeout);
        return (nodeId.isBlank() ? builder : builder.nodeId(nodeId)).build();
    }

    /** Another process's events are seen within {@code oneplan.events.fetch-delay}; our own at once. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${oneplan.events.fetch-delay:PT0.2S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    public ScheduledExecutorService commandRetryExecutor() {
        return Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                         @Value("${oneplan.commands.max-retries:5}") int maxRetries,
                                         @Value("${oneplan.commands.retry-delay:PT0.02S}") Duration retryDelay) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(commandRetryExecutor, maxRetries, retryDelay.toMillis()))
                .build();
    }

    /**
     * Axon's default logs a failing event handler and skips the event, which would silently
     * leave a projection wrong. Propagating makes the processor roll back the batch and retry it.
     */
    @Bean
    public ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * Every event carries the acting user the command was stamped with, and Axon's correlation and
     * trace ids. Declaring a provider replaces Axon's default, so the message origin one is declared too.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider actingUserCorrelation() {
        return new SimpleCorrelationDataProvider(ActingUser.USER_ID, ActingUser.DISPLAY_NAME, ActingUser.ROLE,
                ActingUser.ORGANISATION);
    }

    /** Old revisions of events, read as the current ones (see nl.oneplan.events.upcasting). */
    @Bean
    public GoalSetRevision1Upcaster goalSetRevision1Upcaster() {
        return new GoalSetRevision1Upcaster();
    }

    @Bean
    public EscalatedRevision1Upcaster escalatedRevision1Upcaster() {
        return new EscalatedRevision1Upcaster();
    }

    @Bean
    public PurposeRevision1Upcaster purposeRevision1Upcaster() {
        return new PurposeRevision1Upcaster();
    }

    @Bean
    public AgreementMadeRevision1Upcaster agreementMadeRevision1Upcaster() {
        return new AgreementMadeRevision1Upcaster();
    }

    @Bean
    public DirectionLevelRecordedRevision1Upcaster directionLevelRecordedRevision1Upcaster() {
        return new DirectionLevelRecordedRevision1Upcaster();
    }

    /** "Today" for the rules (no birth dates or completions in the future) is a Dutch today. */
    @Bean
    public Clock clock(@Value("${oneplan.time-zone:Europe/Amsterdam}") ZoneId zone) {
        return Clock.system(zone);
    }
}
