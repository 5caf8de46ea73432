package vn.khenthuong.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Who receives a mail and what it says about the dossier: names from the identity store (never logins), the dossier's
 * header from the view {@code nomination_summary} that the feature nomination publishes, names of units and awards
 * from the catalogue.
 */
@Component
class People {

    /** A dossier as a mail names it. */
    record DossierCard(String code, String unitCode, String unitName, String nomineeName, String awardKindName) {
    }

    private final Officials officials;
    private final Catalog catalog;
    private final JdbcTemplate jdbc;

    People(Officials officials, Catalog catalog, JdbcTemplate jdbc) {
        this.officials = officials;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** The commune officials of the unit that filed the dossier: they are told of a return, a deadline, a rejection, an award. */
    List<String> filingUnitOfficials(String unitCode) {
        return unitCode == null ? List.of() : officials.members(Roles.COMMUNE_OFFICIAL, unitCode);
    }

    /** Everyone a task names: its assignee, its candidate users and the members of its candidate groups. */
    Set<String> actorsOf(TaskArrival task) {
        Set<String> people = new LinkedHashSet<>();
        if (task.assignee() != null && !task.assignee().isBlank()) {
            people.add(task.assignee());
        }
        people.addAll(task.candidateUsers());
        for (String group : task.candidateGroups()) {
            int dot = group.indexOf('.');
            if (dot > 0 && dot < group.length() - 1) {
                people.addAll(officials.members(group.substring(0, dot), group.substring(dot + 1)));
            }
        }
        return people;
    }

    String name(String userId) {
        return officials.find(userId).map(Official::displayName).orElse(userId);
    }

    Optional<String> email(String userId) {
        return officials.email(userId);
    }

    Optional<DossierCard> dossier(String code) {
        return jdbc.query("SELECT code, unit_code, nominee_name, award_kind_code FROM nomination_summary WHERE code = ?",
                (rs, i) -> new DossierCard(rs.getString(1), rs.getString(2), catalog.unit(rs.getString(2)).map(Unit::name).orElse(rs.getString(2)),
                        rs.getString(3), awardKindName(rs.getString(4))), code).stream().findFirst();
    }

    String awardKindName(String code) {
        return code == null ? "" : catalog.awardKind(code).map(AwardKind::name).orElse(code);
    }
}
