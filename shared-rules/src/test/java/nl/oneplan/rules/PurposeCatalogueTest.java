package nl.oneplan.rules;

import nl.oneplan.events.Purpose;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurposeCatalogueTest {

    private final PurposeCatalogue catalogue = PurposeCatalogue.standard();

    @Test
    void checksWhatANewConsentOrDisclosureNames() {
        assertThat(catalogue.check(Purpose.of("SCHOOL_SUPPORT"))).isEmpty();
        assertThat(catalogue.check(null)).contains(PurposeCatalogue.Problem.PURPOSE_REQUIRED);
        assertThat(catalogue.check(Purpose.of(Purpose.UNSPECIFIED))).contains(PurposeCatalogue.Problem.PURPOSE_UNKNOWN);
        assertThat(catalogue.check(new Purpose(Purpose.OTHER, " "))).contains(
                PurposeCatalogue.Problem.PURPOSE_TEXT_REQUIRED);
    }

    @Test
    void labelsInDutchWithTheDescription() {
        assertThat(catalogue.labelNl(Purpose.of("SCHOOL_SUPPORT"))).isEqualTo("Ondersteuning op school");
        assertThat(catalogue.labelNl(new Purpose(Purpose.OTHER, "Buurtsportcoach")))
                .isEqualTo("Anders, namelijk: Buurtsportcoach");
    }

    @Test
    void aConfiguredCatalogueKeepsCareCoordinationAndOther() {
        assertThatThrownBy(() -> new PurposeCatalogue(List.of(new PurposeCatalogue.Entry("SCHOOL_SUPPORT", "School",
                "School")))).hasMessageContaining(Purpose.CARE_COORDINATION);
        assertThatThrownBy(() -> new PurposeCatalogue(List.of(
                new PurposeCatalogue.Entry(Purpose.CARE_COORDINATION, "Zorg", "Care"),
                new PurposeCatalogue.Entry(Purpose.OTHER, "Anders", "Other"),
                new PurposeCatalogue.Entry(Purpose.UNSPECIFIED, "Oud", "Old")))).hasMessageContaining("UNSPECIFIED");
        assertThatThrownBy(() -> new PurposeCatalogue(List.of(
                new PurposeCatalogue.Entry("care", "Zorg", "Care")))).hasMessageContaining("capitals");
    }
}
