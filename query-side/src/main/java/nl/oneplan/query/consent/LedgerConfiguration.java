package nl.oneplan.query.consent;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.oneplan.query.projection.BatchWrites;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlotHandlers;
import nl.oneplan.query.projection.SlottedProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the disclosure ledger as rebuildable beside the version privacy officers search. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    SlottedProjection disclosureLedger() {
        return DisclosureLedgerProjection.PROJECTION;
    }

    /** The handlers of each slot of the disclosure ledger. */
    @Bean
    SlotHandlers disclosureLedgerHandlers(JdbcTemplate jdbc, ObjectMapper json,
                                          ProjectionSlots slots, BatchWrites batchWrites) {
        return new SlotHandlers(DisclosureLedgerProjection.PROJECTION, slots, batchWrites,
                writes -> new DisclosureLedgerProjection(jdbc, json, writes));
    }
}
