package vn.khenthuong.workflow.tmpfakes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.*;
import vn.khenthuong.identity.*;
import vn.khenthuong.nomination.*;

// TEMPORARY: stand-ins until the identity and nomination branches are merged. Not committed.
public class Fakes {
    @Component
    @org.springframework.context.annotation.Conditional(WithoutRealImplementation.Officials.class)
    public static class FakeOfficials implements Officials {
        final JdbcTemplate jdbc;
        FakeOfficials(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        // Demo user names say their role and unit: xa.<commune>, huyen.<district>, hd.<district>.<n>, tinh.*, thanhtra.
        public Optional<Official> find(String userId) {
            if (userId == null) return Optional.empty();
            String[] p = userId.split("\\.");
            Map<String, Set<String>> roles = switch (p[0]) {
                case "xa" -> Map.of(Roles.COMMUNE_OFFICIAL, Set.of(p[1]));
                case "huyen" -> Map.of(Roles.DISTRICT_OFFICER, Set.of(p[1]));
                case "hd" -> Map.of(Roles.COUNCIL_MEMBER, Set.of(p[1]));
                case "tinh" -> Map.of(p[1].equals("chutich") ? Roles.CHAIRMAN : Roles.APPRAISER, Set.of("laichau"));
                case "thanhtra" -> Map.of(Roles.AUDITOR, Set.<String>of());
                default -> null;
            };
            return roles == null ? Optional.empty() : Optional.of(new Official(userId, userId, roles));
        }
        public Official current() {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth == null) throw new IllegalStateException("nobody signed in");
            return find(auth.getName()).orElseThrow();
        }
        public List<String> members(String role, String unitCode) {
            return List.of("hd." + unitCode + ".1", "hd." + unitCode + ".2", "hd." + unitCode + ".3", "hd." + unitCode + ".4", "hd." + unitCode + ".5");
        }
        public boolean canRead(Official official, String unitCode) {
            if (official.hasRole(Roles.AUDITOR) || official.hasRole(Roles.APPRAISER) || official.hasRole(Roles.CHAIRMAN)) return true;
            String parent = jdbc.queryForList("select parent_code from unit where code = ?", String.class, unitCode).stream().findFirst().orElse(null);
            return official.unitsByRole().values().stream().flatMap(Set::stream).anyMatch(u -> u.equals(unitCode) || u.equals(parent));
        }
    }
}
