package vn.khenthuong.award;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points the registry lines of nominations to the award decision (one decision for many) they were decided by
 * (column award.decision_id, V18). The lines themselves are written by {@link AwardRegistry#record} as for a single
 * decision; this only adds the link.
 */
@Repository
public class AwardDecisionLinks {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    AwardDecisionLinks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the lines of these nominations that carry that decision number; returns how many were linked. */
    @Transactional
    public int link(long decisionId, String decisionNumber, Collection<String> nominationCodes) {
        List<String> codes = new ArrayList<>(nominationCodes);
        int linked = 0;
        for (int from = 0; from < codes.size(); from += CHUNK) {
            linked += jdbc.update("UPDATE award SET decision_id = :id WHERE decision_number = :number AND nomination_id IN "
                            + "(SELECT id FROM nomination_summary WHERE code IN (:codes))",
                    new MapSqlParameterSource("id", decisionId).addValue("number", decisionNumber)
                            .addValue("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK))));
        }
        return linked;
    }

    /** The nomination codes whose registry lines point to the decision. */
    @Transactional(readOnly = true)
    public List<String> linkedTo(long decisionId) {
        return jdbc.queryForList("SELECT n.code FROM award a JOIN nomination_summary n ON n.id = a.nomination_id WHERE a.decision_id = :id ORDER BY n.code",
                new MapSqlParameterSource("id", decisionId), String.class);
    }
}
