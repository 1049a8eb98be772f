package nl.oneplan.app;

import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OnePlan never lets Axon's update checker report to the vendor, however it is started. */
class NoVendorCallsTest {

    @Test
    void axonsUpdateCheckerIsOffOnceTheApplicationClassIsLoaded() throws Exception {
        Class.forName(OnePlanApplication.class.getName());
        assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
    }
}
