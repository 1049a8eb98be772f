package nl.oneplan.app.config;

import nl.oneplan.rules.PurposeCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurposesConfigurationTest {

    private final PurposesConfiguration configuration = new PurposesConfiguration();

    @Test
    void withoutConfigurationOnePlansOwnCatalogueApplies() {
        assertThat(configuration.purposeCatalogue(new MockEnvironment()).entries())
                .extracting(PurposeCatalogue.Entry::code)
                .containsExactly("CARE_COORDINATION", "SCHOOL_SUPPORT", "HEALTH_CARE", "SAFETY_ASSESSMENT",
                        "REFERRAL", "OTHER");
    }

    @Test
    void aConfiguredCatalogueReplacesIt() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("oneplan.purposes[0].code", "CARE_COORDINATION")
                .withProperty("oneplan.purposes[0].label-nl", "Zorgcoördinatie")
                .withProperty("oneplan.purposes[0].label-en", "Care coordination")
                .withProperty("oneplan.purposes[1].code", "SPORT")
                .withProperty("oneplan.purposes[1].label-nl", "Sport en bewegen")
                .withProperty("oneplan.purposes[1].label-en", "Sport")
                .withProperty("oneplan.purposes[2].code", "OTHER")
                .withProperty("oneplan.purposes[2].label-nl", "Anders, namelijk")
                .withProperty("oneplan.purposes[2].label-en", "Other, namely");

        PurposeCatalogue catalogue = configuration.purposeCatalogue(environment);

        assertThat(catalogue.entries()).extracting(PurposeCatalogue.Entry::code)
                .containsExactly("CARE_COORDINATION", "SPORT", "OTHER");
        assertThat(catalogue.entry("SPORT").orElseThrow().labelNl()).isEqualTo("Sport en bewegen");
    }

    @Test
    void aCatalogueWithoutCareCoordinationStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("oneplan.purposes[0].code", "SPORT")
                .withProperty("oneplan.purposes[0].label-nl", "Sport")
                .withProperty("oneplan.purposes[0].label-en", "Sport");

        assertThatThrownBy(() -> configuration.purposeCatalogue(environment))
                .hasMessageContaining("CARE_COORDINATION");
    }
}
