package nl.oneplan.query.projection;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * Shares every projection's segments among the query nodes: a node claims what is free (so one
 * node alone does all the work, and the others take over when a node stops), and a node holding
 * more than its fair share (segments divided by the live nodes, rounded up) lets one go at a time
 * for a node with fewer to claim. Nodes announce themselves in query_node.
 */
@Component
public class SegmentBalancer {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration FORGET = Duration.ofDays(1);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProcessorTokens tokens;
    private final Clock clock;
    private final String nodeId;
    private final Duration liveFor;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProcessorTokens tokens, Clock clock,
                    @Value("${oneplan.node-id:}") String nodeId,
                    @Value("${axon.eventhandling.tokenstore.claim-timeout:PT10S}") Duration liveFor) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
        // The same default as the token store's owner name, so this node's claims are recognised.
        this.nodeId = nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        this.liveFor = liveFor;
    }

    @Scheduled(fixedDelayString = "${oneplan.projections.balance-interval:PT1S}")
    public void balance() {
        try {
            Timestamp now = Timestamp.from(clock.instant());
            if (jdbc.update("UPDATE query_node SET seen_at = ? WHERE node_id = ?", now, nodeId) == 0) {
                jdbc.update("INSERT INTO query_node (node_id, seen_at) VALUES (?, ?)", nodeId, now);
            }
            Timestamp liveSince = Timestamp.from(clock.instant().minus(liveFor));
            Integer live = jdbc.queryForObject("SELECT count(*) FROM query_node WHERE seen_at > ?", Integer.class,
                    liveSince);
            // Nodes that stopped without signing off (a crash) are forgotten after a day.
            jdbc.update("DELETE FROM query_node WHERE seen_at < ?", Timestamp.from(clock.instant().minus(FORGET)));
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    releaseAboveFairShare(name, streaming, Math.max(1, live == null ? 1 : live));
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Could not balance the projections' segments: {}", e.getMessage());
        }
    }

    private void releaseAboveFairShare(String name, StreamingEventProcessor processor, int liveNodes) {
        int segments = tokens.segments(name);
        if (segments == 0) {
            return;
        }
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        Map<Integer, ?> mine = processor.processingStatus();
        if (mine.size() > fairShare) {
            int release = mine.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            LOG.info("Releasing segment {} of {}: this node holds {} of {} with {} nodes live", release, name,
                    mine.size(), segments, liveNodes);
            processor.releaseSegment(release);
        }
    }

    @PreDestroy
    void leave() {
        try {
            jdbc.update("DELETE FROM query_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            LOG.debug("Could not sign off node {}: {}", nodeId, e.getMessage());
        }
    }
}
