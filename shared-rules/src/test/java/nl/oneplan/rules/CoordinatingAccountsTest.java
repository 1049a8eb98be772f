package nl.oneplan.rules;

import nl.oneplan.events.PartyRef;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinatingAccountsTest {

    private static final UUID SANNE = UUID.randomUUID();
    private static final UUID MARLOES = UUID.randomUUID();
    private static final UUID AHMED = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final Map<UUID, String> ACCOUNTS = Map.of(SANNE, "sanne", MARLOES, "marloes");

    @Test
    void theCoordinatorsAccountAloneCoordinates() {
        assertThat(CoordinatingAccounts.of(PartyRef.participant(MARLOES), SANNE, ACCOUNTS)).containsExactly("marloes");
        assertThat(CoordinatingAccounts.coordinates("sanne", PartyRef.participant(MARLOES), SANNE, ACCOUNTS)).isFalse();
    }

    @Test
    void withoutACoordinatorTheOpenerCoordinates() {
        assertThat(CoordinatingAccounts.of(null, SANNE, ACCOUNTS)).containsExactly("sanne");
    }

    @Test
    void whileTheFamilyOrAnAccountlessProfessionalCoordinatesTheOpenerActsForThem() {
        assertThat(CoordinatingAccounts.of(PartyRef.member(MOTHER), SANNE, ACCOUNTS)).containsExactly("sanne");
        assertThat(CoordinatingAccounts.of(PartyRef.participant(AHMED), SANNE, ACCOUNTS)).containsExactly("sanne");
    }

    @Test
    void whenTheOpenerHasGoneEveryInvolvedAccountActsSoThePlanStaysChangeable() {
        assertThat(CoordinatingAccounts.of(PartyRef.member(MOTHER), SANNE, Map.of(MARLOES, "marloes")))
                .containsExactly("marloes");
    }

    @Test
    void nobodyWithoutAnAccountCoordinates() {
        assertThat(CoordinatingAccounts.coordinates(null, null, SANNE, ACCOUNTS)).isFalse();
    }
}
