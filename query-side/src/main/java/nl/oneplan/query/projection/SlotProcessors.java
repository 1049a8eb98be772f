package nl.oneplan.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps this node's slot processors in line with projection_slot, which every node reads: the
 * processors of an active or building slot run, those of an idle slot stand still, and when a
 * rebuild starts each node restarts the slot's processor, so none goes on from a position it
 * held before the tokens were set back.
 */
@Component
public class SlotProcessors {

    private static final Logger LOG = LoggerFactory.getLogger(SlotProcessors.class);

    private final List<SlottedProjection> projections;
    private final ProjectionSlots slots;
    private final EventProcessingConfiguration processing;
    /** The build each running processor started for ({@code build_started_at}; null before any). */
    private final Map<String, Instant> startedFor = new HashMap<>();

    SlotProcessors(List<SlottedProjection> projections, ProjectionSlots slots,
                   EventProcessingConfiguration processing) {
        this.projections = projections;
        this.slots = slots;
        this.processing = processing;
    }

    @Scheduled(fixedDelayString = "${oneplan.rebuilds.check-interval:PT0.5S}")
    public synchronized void reconcile() {
        for (SlottedProjection projection : projections) {
            try {
                slots.of(projection.name()).forEach(slot -> reconcile(projection, slot));
            } catch (RuntimeException e) {
                LOG.warn("Could not align the processors of {}: {}", projection.name(), e.getMessage());
            }
        }
    }

    private void reconcile(SlottedProjection projection, ProjectionSlot slot) {
        String name = projection.processor(slot.slot());
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null) {
            return;
        }
        boolean known = startedFor.containsKey(name);
        if (!slot.writes()) {
            if (processor.isRunning()) {
                LOG.info("Stopping {}: slot {} is idle", name, slot.slot());
                processor.shutDown();
            }
            startedFor.remove(name);
        } else if (!processor.isRunning()) {
            LOG.info("Starting {} for version {}", name, slot.version());
            processor.start();
            startedFor.put(name, slot.buildStartedAt());
        } else if (!known) {
            startedFor.put(name, slot.buildStartedAt());
        } else if (!Objects.equals(startedFor.get(name), slot.buildStartedAt())) {
            LOG.info("Restarting {} for the rebuild to version {}", name, slot.version());
            processor.shutDown();
            processor.start();
            startedFor.put(name, slot.buildStartedAt());
        }
    }
}
