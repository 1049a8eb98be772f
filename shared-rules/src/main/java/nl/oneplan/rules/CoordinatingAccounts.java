package nl.oneplan.rules;

import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which accounts act as a trajectory's coordinator: change the whole plan, record consent, link
 * accounts and read everything. The command side decides who may change with it and the query
 * side who may read the whole plan, so both must answer alike.
 * <ul>
 * <li>a coordinating participant with a linked account: that account alone;</li>
 * <li>otherwise (no coordinator yet, the family coordinates itself, or the coordinator has no account
 * yet) the professional who opened the trajectory, while their account is linked;</li>
 * <li>failing both, every involved account, so that a trajectory never becomes unchangeable.</li>
 * </ul>
 * Every other involved account reads only the copy the family's consent allows it.
 */
public final class CoordinatingAccounts {

    private CoordinatingAccounts() {
    }

    /**
     * @param coordinator       the trajectory's coordinator, or null
     * @param opener            the participant who opened the trajectory, or null
     * @param activeAccounts    accounts of involved participants who have not withdrawn, by participant
     */
    public static Set<String> of(PartyRef coordinator, UUID opener, Map<UUID, String> activeAccounts) {
        if (coordinator != null && coordinator.kind() == PartyKind.PARTICIPANT
                && activeAccounts.containsKey(coordinator.id())) {
            return Set.of(activeAccounts.get(coordinator.id()));
        }
        if (opener != null && activeAccounts.containsKey(opener)) {
            return Set.of(activeAccounts.get(opener));
        }
        return Set.copyOf(activeAccounts.values());
    }

    public static boolean coordinates(String userId, PartyRef coordinator, UUID opener,
                                      Map<UUID, String> activeAccounts) {
        return userId != null && of(coordinator, opener, activeAccounts).contains(userId);
    }
}
