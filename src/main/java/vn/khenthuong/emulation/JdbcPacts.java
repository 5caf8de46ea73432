package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tables of blocks and pacts. Callers hold the transaction. */
@Repository
class JdbcPacts {

    private final JdbcTemplate jdbc;

    JdbcPacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, int year) {
        Integer n = jdbc.queryForObject("select count(*) from emulation_block where code = ? and year = ?", Integer.class, code, year);
        return n != null && n > 0;
    }

    /** Whether the block's year has a pact (indicators); a block year seeded before pacts existed has none. */
    boolean hasPact(String code, int year) {
        Integer n = jdbc.queryForObject("select count(*) from emulation_pact_indicator where block_code = ? and year = ?", Integer.class, code, year);
        return n != null && n > 0;
    }

    /** Locks the block's row until the transaction ends, so that two edits of one block year do not interleave. */
    boolean lock(String code, int year) {
        return !jdbc.queryForList("select code from emulation_block where code = ? and year = ? for update", String.class, code, year).isEmpty();
    }

    List<BlockSummary> summaries(Integer year) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.query("select block_code, year, unit_code from emulation_block_member" + (year == null ? "" : " where year = " + year.intValue())
                + " order by block_code, year, unit_code", rs -> {
                    members.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        String sql = "select b.code, b.year, b.name, b.head_unit, b.effective_from,"
                + " (select count(*) from emulation_pact_indicator i where i.block_code = b.code and i.year = b.year)"
                + " from emulation_block b" + (year == null ? "" : " where b.year = ?") + " order by b.year desc, b.code";
        Object[] args = year == null ? new Object[0] : new Object[] {year};
        return jdbc.query(sql, (rs, i) -> new BlockSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), date(rs.getDate(5)),
                members.getOrDefault(rs.getString(1) + "/" + rs.getInt(2), List.of()), rs.getLong(6) > 0), args);
    }

    Optional<Pact> find(String code, int year) {
        List<Pact> blocks = jdbc.query("select name, head_unit, effective_from, total_weight from emulation_block where code = ? and year = ?",
                (rs, i) -> new Pact(code, year, rs.getString(1), rs.getString(2), date(rs.getDate(3)), rs.getBigDecimal(4),
                        members(code, year), indicators(code, year), targets(code, year)), code, year);
        return blocks.stream().findFirst();
    }

    private List<String> members(String code, int year) {
        return jdbc.queryForList("select unit_code from emulation_block_member where block_code = ? and year = ? order by unit_code",
                String.class, code, year);
    }

    private List<Indicator> indicators(String code, int year) {
        return jdbc.query("select code, name, unit_of_measure, weight, scoring, cap_percent, bonus_points, penalty_points, minh_hoa"
                        + " from emulation_pact_indicator where block_code = ? and year = ? order by sort_order, code",
                (rs, i) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), plain(rs.getBigDecimal(4)),
                        ScoringMethod.valueOf(rs.getString(5)), plain(rs.getBigDecimal(6)), plain(rs.getBigDecimal(7)),
                        plain(rs.getBigDecimal(8)), rs.getBoolean(9)), code, year);
    }

    private List<PlanTarget> targets(String code, int year) {
        return jdbc.query("select t.unit_code, t.indicator_code, t.plan_value, t.minh_hoa from emulation_pact_target t"
                        + " join emulation_pact_indicator i on i.block_code = t.block_code and i.year = t.year and i.code = t.indicator_code"
                        + " where t.block_code = ? and t.year = ? order by t.unit_code, i.sort_order",
                (rs, i) -> new PlanTarget(rs.getString(1), rs.getString(2), plain(rs.getBigDecimal(3)), rs.getBoolean(4)), code, year);
    }

    void insert(Pact pact) {
        jdbc.update("insert into emulation_block (code, year, name, head_unit, effective_from, total_weight) values (?, ?, ?, ?, ?, ?)",
                pact.blockCode(), pact.year(), pact.name().trim(), pact.headUnit(), sql(pact.effectiveFrom()), pact.totalWeight());
        insertMembersAndPact(pact);
    }

    /** The block's year becomes exactly the pact given: members, indicators and targets replaced. */
    void replace(Pact pact) {
        jdbc.update("update emulation_block set name = ?, head_unit = ?, effective_from = ?, total_weight = ? where code = ? and year = ?",
                pact.name().trim(), pact.headUnit(), sql(pact.effectiveFrom()), pact.totalWeight(), pact.blockCode(), pact.year());
        jdbc.update("delete from emulation_pact_target where block_code = ? and year = ?", pact.blockCode(), pact.year());
        jdbc.update("delete from emulation_pact_indicator where block_code = ? and year = ?", pact.blockCode(), pact.year());
        jdbc.update("delete from emulation_block_member where block_code = ? and year = ?", pact.blockCode(), pact.year());
        insertMembersAndPact(pact);
    }

    private void insertMembersAndPact(Pact pact) {
        for (String member : pact.members()) {
            jdbc.update("insert into emulation_block_member (block_code, year, unit_code) values (?, ?, ?)", pact.blockCode(), pact.year(), member);
        }
        int order = 0;
        for (Indicator i : pact.indicators()) {
            jdbc.update("insert into emulation_pact_indicator (block_code, year, code, sort_order, name, unit_of_measure, weight, scoring,"
                            + " cap_percent, bonus_points, penalty_points, minh_hoa) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    pact.blockCode(), pact.year(), i.code(), ++order, i.name().trim(), i.unitOfMeasure().trim(), i.weight(), i.scoring().name(),
                    i.capPercent(), zero(i.bonusPoints()), zero(i.penaltyPoints()), i.minhHoa());
        }
        for (PlanTarget t : pact.targets()) {
            jdbc.update("insert into emulation_pact_target (block_code, year, indicator_code, unit_code, plan_value, minh_hoa) values (?, ?, ?, ?, ?, ?)",
                    pact.blockCode(), pact.year(), t.indicatorCode(), t.unitCode(), t.value(), t.minhHoa());
        }
    }

    private static BigDecimal zero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    /** Numbers as written: 25.64, not 25.6400 (DECIMAL columns pad the scale). */
    private static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
