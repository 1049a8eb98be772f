package nl.oneplan.app.support;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the other process in a race: after a command handler has decided, and before its events
 * are stored, it commits an event of its own with the sequence number the command is about to
 * use. The command's commit then hits the unique key exactly as it would against a second
 * command-side process. It does so for the next {@link #conflicts} commands' attempts.
 */
public class ConflictInjector implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String INJECTED_ADDRESS = "Ingevoegd door een ander proces";

    private final DataSource dataSource;
    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();

    public ConflictInjector(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Lose the race on the next {@code attempts} command attempts. */
    public void conflicts(int attempts) {
        remaining.set(attempts);
    }

    public int injected() {
        return injected.get();
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        if (remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            String aggregateId = AnnotationCommandTargetResolver.builder().build()
                    .resolveTarget(unitOfWork.getMessage()).getIdentifier();
            insertCompetingEvent(aggregateId);
            injected.incrementAndGet();
        }
        return result;
    }

    private void insertCompetingEvent(String aggregateId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long next;
            try (PreparedStatement max = connection.prepareStatement(
                    "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?")) {
                max.setString(1, aggregateId);
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
            }
            String payload = """
                    {"trajectoryId":"%s","address":"%s","placeOfResidence":null,"phone":null,"email":null,\
                    "importantInformation":null}""".formatted(aggregateId, INJECTED_ADDRESS);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry "
                    + "(aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                    + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, aggregateId);
                insert.setLong(2, next);
                insert.setString(3, "FamilyTrajectory");
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
                insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                insert.setString(7, "1");
                insert.setString(8, "nl.oneplan.events.FamilyContactRecorded");
                insert.setString(9, Instant.now().toString());
                insert.executeUpdate();
            }
        }
    }
}
