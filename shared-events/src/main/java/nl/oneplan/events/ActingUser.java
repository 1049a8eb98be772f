package nl.oneplan.events;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person on whose authority something happens, as the server authenticated them. Every
 * stored event carries it as metadata under the keys below; they are part of the published
 * language, so the query side can tell who did what.
 *
 * @param userId       stable id of the account (the identity provider's subject)
 * @param displayName  the name people know the user by
 * @param roles        what the account may do
 * @param organisation the organisation the user works for
 */
public record ActingUser(String userId, String displayName, Set<UserRole> roles, String organisation) {

    public static final String USER_ID = "userId";
    public static final String DISPLAY_NAME = "userName";
    public static final String ROLE = "userRole";
    public static final String ORGANISATION = "userOrganisation";

    public ActingUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(UserRole role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(UserRole... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** The roles as metadata value: names in declaration order, comma separated. */
    public String rolesText() {
        return Arrays.stream(UserRole.values()).filter(roles::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    public Map<String, String> toMetaData() {
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put(USER_ID, userId);
        metaData.put(DISPLAY_NAME, displayName);
        metaData.put(ROLE, rolesText());
        metaData.put(ORGANISATION, organisation == null ? "" : organisation);
        return metaData;
    }

    /** The acting user recorded in a message's metadata, if any. */
    public static Optional<ActingUser> fromMetaData(Map<String, ?> metaData) {
        Object userId = metaData.get(USER_ID);
        if (userId == null || userId.toString().isBlank()) {
            return Optional.empty();
        }
        Object roles = metaData.get(ROLE);
        Set<UserRole> parsed = EnumSet.noneOf(UserRole.class);
        if (roles != null) {
            for (String name : roles.toString().split(",")) {
                String role = name.strip().toUpperCase(Locale.ROOT);
                Arrays.stream(UserRole.values()).filter(value -> value.name().equals(role)).forEach(parsed::add);
            }
        }
        Object organisation = metaData.get(ORGANISATION);
        Object displayName = metaData.get(DISPLAY_NAME);
        return Optional.of(new ActingUser(userId.toString(), displayName == null ? userId.toString()
                : displayName.toString(), parsed,
                organisation == null || organisation.toString().isBlank() ? null : organisation.toString()));
    }
}
