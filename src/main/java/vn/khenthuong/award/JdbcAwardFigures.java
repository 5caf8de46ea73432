package vn.khenthuong.award;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One grouped query over {@code award}: a few hundred groups even for a province's years of awards. Portable SQL. */
@Component
class JdbcAwardFigures implements AwardFigures {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAwardFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An annulled award (Luật Thi đua, khen thưởng 2022, Điều 93) stays in the registry but is no award any more: not counted. */
    @Override
    @Transactional(readOnly = true)
    public List<Line> tally(Filter filter) {
        if (filter.unitCodes() != null && filter.unitCodes().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT year, unit_code, award_kind_code, nominee_kind, COUNT(*), "
                + "COALESCE(SUM(reward_amount), 0) FROM award WHERE annulment_number IS NULL");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.unitCodes() != null) {
            sql.append(" AND unit_code IN (:units)");
            params.addValue("units", filter.unitCodes());
        }
        if (filter.movementCode() != null) {
            sql.append(" AND movement_code = :movement");
            params.addValue("movement", filter.movementCode());
        }
        if (filter.awardKindCode() != null) {
            sql.append(" AND award_kind_code = :kind");
            params.addValue("kind", filter.awardKindCode());
        }
        if (filter.nomineeKind() != null) {
            sql.append(" AND nominee_kind = :nomineeKind");
            params.addValue("nomineeKind", filter.nomineeKind());
        }
        if (filter.fromYear() != null) {
            sql.append(" AND year >= :from");
            params.addValue("from", filter.fromYear());
        }
        if (filter.toYear() != null) {
            sql.append(" AND year <= :to");
            params.addValue("to", filter.toYear());
        }
        sql.append(" GROUP BY year, unit_code, award_kind_code, nominee_kind");
        return jdbc.query(sql.toString(), params, (rs, i) -> new Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getLong(6)));
    }

    /** Answered from the index award_tally, which starts with year. */
    @Override
    @Transactional(readOnly = true)
    public Integer latestYear() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT MAX(year) FROM award", Integer.class);
    }
}
