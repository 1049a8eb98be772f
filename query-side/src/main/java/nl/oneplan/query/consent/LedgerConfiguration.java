package nl.oneplan.query.consent;

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
}
