package nl.oneplan.app.config;

import nl.oneplan.command.CommandSideConfiguration;
import nl.oneplan.query.QuerySideConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Brings in the command side and the query side according to {@code ONEPLAN_ROLES}. */
final class SidesConfiguration {

    private SidesConfiguration() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.COMMAND)
    @Import(CommandSideConfiguration.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(Role.QUERY)
    @Import(QuerySideConfiguration.class)
    static class QueryRole {
    }
}
