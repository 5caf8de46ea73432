package vn.khenthuong.nomination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of many nominations at once, as a list of waiting dossiers and the annex of an award decision print
 * them (name, position, unit, award, movement, achievement). One query per 500 codes instead of a dossier read each.
 */
@Repository
public class Awardees {

    /** What a list or a decision's annex shows of a nomination. */
    public record Awardee(String code, int year, String unitCode, String awardKindCode, String movementCode, String nomineeKind,
                          String nomineeName, String nomineePosition, String achievements, String status, Posthumous posthumous) {

        /** The name as a decision prints it: a posthumous award says so after the name. */
        public String nameOnDecision() {
            return posthumous == null ? nomineeName : nomineeName + " (truy tặng)";
        }
    }

    /** What a list of waiting dossiers filters on, without the texts it shows only for the page it prints. */
    public record Facets(String code, String unitCode, String awardKindCode, String movementCode) {
    }

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    Awardees(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The nominations with these codes, in no particular order; unknown codes are left out. */
    @Transactional(readOnly = true)
    public List<Awardee> of(Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        List<Awardee> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(jdbc.query("SELECT code, year, unit_code, award_kind_code, movement_code, nominee_kind, nominee_name, nominee_position, "
                            + "achievements, status, posthumous, receiver_name, receiver_relation FROM nomination WHERE code IN (:codes)",
                    new MapSqlParameterSource("codes", all.subList(from, Math.min(all.size(), from + CHUNK))),
                    (rs, i) -> new Awardee(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getBoolean(11) ? new Posthumous(rs.getString(12), rs.getString(13)) : null)));
        }
        return found;
    }

    /**
     * The filter columns of the nominations with these codes, in no particular order; unknown codes are left out. One
     * statement for any number of codes (one array parameter, an index probe per code): a board's list of thousands
     * is filtered and paged on these, and only its page is read in full with {@link #of}.
     */
    @Transactional(readOnly = true)
    public List<Facets> facetsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.getJdbcTemplate().query("SELECT code, unit_code, award_kind_code, movement_code FROM nomination WHERE code = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", codes.toArray())),
                (rs, i) -> new Facets(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }
}
