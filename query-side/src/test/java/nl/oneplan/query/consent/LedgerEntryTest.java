package nl.oneplan.query.consent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.Purpose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerEntryTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void anEntryStoredBeforePurposeBindingReadsAsAnUnspecifiedPurpose() throws Exception {
        LedgerEntry old = json.readValue("{\"action\":\"DISCLOSE\",\"purpose\":\"Voortgang bespreken\"}",
                LedgerEntry.class);

        assertThat(old.purpose()).isEqualTo(new Purpose(Purpose.UNSPECIFIED, "Voortgang bespreken"));
    }

    @Test
    void aCurrentEntryReadsItsPurpose() throws Exception {
        LedgerEntry current = json.readValue("{\"purpose\":{\"code\":\"OTHER\",\"text\":\"Buurtsportcoach\"}}",
                LedgerEntry.class);

        assertThat(current.purpose()).isEqualTo(new Purpose(Purpose.OTHER, "Buurtsportcoach"));
    }
}
