package vn.khenthuong.workflow.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/**
 * What an administrator needs to recognise a running nomination in a preview: its code, nominee, unit and award, from
 * the header view {@code nomination_summary} that {@code nomination} publishes, one query per 500 codes; names of units
 * and awards from the catalogue.
 */
@Component
class Dossiers {

    private static final int CHUNK = 500;

    /** A nomination as the preview lists it. */
    record Card(String code, String nomineeName, String unitCode, String unitName, String awardKindName, Integer year) {
    }

    private final JdbcTemplate jdbc;
    private final Catalog catalog;

    Dossiers(JdbcTemplate jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Cards by code; a business key that is no nomination (another process's instance) has none. */
    Map<String, Card> cards(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList());
        Map<String, Card> cards = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
            jdbc.query("SELECT code, nominee_name, unit_code, award_kind_code, year FROM nomination_summary WHERE code IN (" + marks + ")",
                    rs -> {
                        String unit = rs.getString(3);
                        String kind = rs.getString(4);
                        cards.put(rs.getString(1), new Card(rs.getString(1), rs.getString(2), unit,
                                Optional.ofNullable(unit).flatMap(catalog::unit).map(Unit::name).orElse(unit),
                                Optional.ofNullable(kind).flatMap(catalog::awardKind).map(AwardKind::name).orElse(kind),
                                (Integer) rs.getObject(5, Integer.class)));
                    }, slice.toArray());
        }
        return cards;
    }
}
