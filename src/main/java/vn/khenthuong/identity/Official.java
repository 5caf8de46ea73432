package vn.khenthuong.identity;

import java.util.Map;
import java.util.Set;

/**
 * A signed-in official: who they are and, per role, the units they act for.
 * {@code unitsByRole} maps a role of {@link Roles} to unit codes; global roles map to an empty set.
 */
public record Official(String userId, String displayName, Map<String, Set<String>> unitsByRole) {

    public boolean hasRole(String role) {
        return unitsByRole.containsKey(role);
    }

    public Set<String> unitsAs(String role) {
        return unitsByRole.getOrDefault(role, Set.of());
    }
}
