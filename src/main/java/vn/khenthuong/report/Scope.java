package vn.khenthuong.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/**
 * The units a report counts and the unit each line is shown under. A unit's figures include those of the units
 * below it (a district its communes). Lines are shown one level below the scope: under the province, per district
 * (or per commune once a commune has no district); under a district, per commune; under a block, per member.
 *
 * @param units the units counted, null for every unit
 * @param groups the unit each counted unit is shown under
 */
record Scope(String name, Set<String> units, Map<String, String> groups) {

    /** The unit a line of {@code unitCode} is shown under (itself when the catalogue does not place it). */
    String groupOf(String unitCode) {
        return groups.getOrDefault(unitCode, unitCode);
    }

    static Scope of(Catalog catalog, String unitCode, List<String> blockMembers, String blockName) {
        List<Unit> all = catalog.units();
        Map<String, List<String>> children = new HashMap<>();
        for (Unit u : all) {
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
            }
        }
        Map<String, String> groups = new HashMap<>();
        Set<String> units = null;
        String name = all.stream().filter(u -> u.tier() == Tier.PROVINCE).map(Unit::name).findFirst().orElse("Toàn tỉnh");
        if (blockMembers != null) {
            units = new LinkedHashSet<>();
            for (String member : blockMembers) {
                for (String u : withDescendants(member, children)) {
                    units.add(u);
                    groups.put(u, member);
                }
            }
            name = blockName;
        }
        if (unitCode != null) {
            Set<String> below = withDescendants(unitCode, children);
            if (units != null) {
                below.retainAll(units);
            }
            units = below;
            groups.clear();
            groups.put(unitCode, unitCode);
            for (String child : children.getOrDefault(unitCode, List.of())) {
                for (String u : withDescendants(child, children)) {
                    groups.put(u, child);
                }
            }
            String unitName = catalog.unit(unitCode).map(Unit::name).orElse(unitCode);
            name = blockMembers == null ? unitName : blockName + " — " + unitName;
        }
        if (blockMembers == null && unitCode == null) {
            for (Unit top : all.stream().filter(u -> u.tier() == Tier.PROVINCE).toList()) {
                groups.put(top.code(), top.code());
                for (String child : children.getOrDefault(top.code(), List.of())) {
                    for (String u : withDescendants(child, children)) {
                        groups.put(u, child);
                    }
                }
            }
        }
        return new Scope(name, units, groups);
    }

    private static Set<String> withDescendants(String code, Map<String, List<String>> children) {
        Set<String> found = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }
}
