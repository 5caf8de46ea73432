package vn.khenthuong.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nominations counted from the views the nomination feature publishes: {@code nomination_summary} (V11) and
 * {@code nomination_step_summary} (V15). Grouped in the database, so a province's years come back as a few thousand
 * groups, not as rows. Portable SQL (H2 and PostgreSQL).
 */
@Component
class NominationTally {

    /** Which nominations: a null field means any; {@code units} is the exact set, empty matches nothing. */
    record Filter(Collection<String> units, String movement, String awardKind, String nomineeKind, Integer year) {
    }

    record Line(int year, String unitCode, String awardKindCode, String nomineeKind, String status, long count) {
    }

    /**
     * Steps of one kind that started on one day and ended on another, how many, and how many of them were recorded
     * as overdue. A step starts when the step before it in the same dossier ended, the first one when the dossier
     * was filed.
     */
    record StepSpan(String step, LocalDate started, LocalDate ended, long count, long overdue) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    NominationTally(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> counts(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, "");
        if (where == null) {
            return List.of();
        }
        return jdbc.query("SELECT year, unit_code, award_kind_code, nominee_kind, status, COUNT(*) FROM nomination_summary WHERE 1 = 1"
                        + where + " GROUP BY year, unit_code, award_kind_code, nominee_kind, status", params,
                (rs, i) -> new Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
    }

    /**
     * Steps whose start and end fall within {@code from}..{@code to} (the years the working calendar knows), grouped
     * by step, start day and end day. Each step carries its dossier's year and its days (V29), so this only groups,
     * from the index nomination_step_year; the nominations are joined only when the filter names a unit, movement,
     * award kind or nominee kind (every step belongs to a nomination).
     */
    List<StepSpan> stepSpans(Filter filter, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to);
        String where = where(new Filter(filter.units(), filter.movement(), filter.awardKind(), filter.nomineeKind(), null), params, "n.");
        if (where == null) {
            return List.of();
        }
        if (filter.year() != null) {
            params.addValue("year", filter.year());
        }
        String steps = "SELECT st.step, st.started_on, st.ended_on, COUNT(*), SUM(CASE WHEN st.outcome = 'overdue' THEN 1 ELSE 0 END) "
                + "FROM nomination_step_summary st" + (where.isEmpty() ? "" : " JOIN nomination_summary n ON n.id = st.nomination_id")
                + " WHERE st.started_on >= :from AND st.ended_on <= :to" + (filter.year() == null ? "" : " AND st.year = :year") + where
                + " GROUP BY st.step, st.started_on, st.ended_on";
        return jdbc.query(steps, params, (rs, i) -> new StepSpan(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getLong(4), rs.getLong(5)));
    }

    /** The filter as SQL conditions on the view (columns prefixed), or null when it matches nothing. */
    private static String where(Filter filter, MapSqlParameterSource params, String prefix) {
        StringBuilder sql = new StringBuilder();
        if (filter.units() != null) {
            if (filter.units().isEmpty()) {
                return null;
            }
            sql.append(" AND ").append(prefix).append("unit_code IN (:units)");
            params.addValue("units", filter.units());
        }
        if (filter.movement() != null) {
            sql.append(" AND ").append(prefix).append("movement_code = :movement");
            params.addValue("movement", filter.movement());
        }
        if (filter.awardKind() != null) {
            sql.append(" AND ").append(prefix).append("award_kind_code = :awardKind");
            params.addValue("awardKind", filter.awardKind());
        }
        if (filter.nomineeKind() != null) {
            sql.append(" AND ").append(prefix).append("nominee_kind = :nomineeKind");
            params.addValue("nomineeKind", filter.nomineeKind());
        }
        if (filter.year() != null) {
            sql.append(" AND ").append(prefix).append("year = :year");
            params.addValue("year", filter.year());
        }
        return sql.toString();
    }

    /** The latest year with a nomination, null when there is none; answered from the index nomination_tally, which starts with year. */
    Integer latestYear() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT MAX(year) FROM nomination_summary", Integer.class);
    }
}
