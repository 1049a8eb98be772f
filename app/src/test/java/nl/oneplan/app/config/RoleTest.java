package nl.oneplan.app.config;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTest {

    @Test
    void bothSidesRunByDefault() {
        assertThat(Role.parse(null)).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(Role.parse(" ")).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void readsOneOrBothRolesInAnyCaseAndOrder() {
        assertThat(Role.parse("command")).containsExactly(Role.COMMAND);
        assertThat(Role.parse(" Query ")).containsExactly(Role.QUERY);
        assertThat(Role.parse("query,command")).containsExactly(Role.COMMAND, Role.QUERY);
        assertThat(Role.describe(Role.parse("query, command"))).isEqualTo("command,query");
    }

    @Test
    void anUnknownRoleStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> Role.parse("command,reports"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reports'").hasMessageContaining("command, query or command,query");
        assertThatThrownBy(() -> Role.parse(",")).hasMessageContaining("names no role");
    }
}
