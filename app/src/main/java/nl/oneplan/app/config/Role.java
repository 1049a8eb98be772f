package nl.oneplan.app.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a process runs: the command side, the query side, or both (the default). */
public enum Role {
    COMMAND, QUERY;

    public static final String PROPERTY = "oneplan.roles";
    public static final String DEFAULT = "command,query";

    /** Parses {@code command}, {@code query} or {@code command,query}; anything else is a startup error. */
    public static Set<Role> parse(String value) {
        String text = value == null || value.isBlank() ? DEFAULT : value;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ONEPLAN_ROLES has an unknown role '" + part.strip()
                        + "'; use command, query or command,query", e);
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("ONEPLAN_ROLES names no role; use command, query or command,query");
        }
        return roles;
    }

    public static String describe(Set<Role> roles) {
        return Arrays.stream(values()).filter(roles::contains).map(role -> role.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
