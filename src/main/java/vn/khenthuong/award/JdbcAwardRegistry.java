package vn.khenthuong.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.audit.AuditEventType;
import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Unit;

/** The award registry in table {@code award}; a line copies the nomination's facts at the time of the decision. */
@Service
class JdbcAwardRegistry implements AwardRegistry {

    private static final String SELECT = "SELECT a.id, n.code, a.award_kind_code, a.unit_code, a.movement_code, a.year, a.nominee_kind, "
            + "a.nominee_name, a.decision_number, a.decision_date, a.signer, a.reward_coefficient, a.base_salary, a.reward_amount "
            + "FROM award a JOIN nomination n ON n.id = a.nomination_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalog catalog;
    private final RewardMoney rewardMoney;
    private final AuditLog audit;

    JdbcAwardRegistry(NamedParameterJdbcTemplate jdbc, Catalog catalog, RewardMoney rewardMoney, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.rewardMoney = rewardMoney;
    }

    /** A second call for the same nomination (a retried job) returns the line recorded first. */
    @Override
    @Transactional
    public AwardEntry record(String nominationCode, String decisionNumber, LocalDate decisionDate, String signer) {
        Optional<AwardEntry> existing = byNomination(nominationCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (decisionNumber == null || decisionDate == null || signer == null) {
            throw new IllegalArgumentException("Thiếu số, ngày hoặc người ký quyết định / decision number, date and signer are required");
        }
        MapSqlParameterSource code = new MapSqlParameterSource("code", nominationCode);
        List<String[]> nomination = jdbc.query("SELECT award_kind_code, nominee_kind, nominee_name FROM nomination WHERE code = :code", code,
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        if (nomination.isEmpty()) {
            throw new IllegalArgumentException("Không có hồ sơ " + nominationCode + " / no such nomination");
        }
        RewardMoney.Reward reward = rewardMoney.compute(nomination.get(0)[0], nomination.get(0)[1], decisionDate);
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, movement_code, year, nominee_kind, nominee_name, "
                        + "nominee_name_folded, nominee_id_number, decision_number, decision_date, signer, recorded_at, reward_coefficient, base_salary, reward_amount) "
                        + "SELECT id, award_kind_code, unit_code, movement_code, year, nominee_kind, nominee_name, :folded, nominee_id_number, "
                        + ":number, :date, :signer, :now, :coefficient, :baseSalary, :amount FROM nomination WHERE code = :code",
                code.addValue("number", decisionNumber).addValue("date", decisionDate).addValue("signer", signer)
                        .addValue("now", OffsetDateTime.now(ZoneOffset.UTC)).addValue("coefficient", reward.coefficient())
                        .addValue("baseSalary", reward.baseSalary()).addValue("amount", reward.amount())
                        .addValue("folded", FoldedName.of(nomination.get(0)[2])));
        AwardEntry entry = byNomination(nominationCode).orElseThrow();
        audit.append(nominationCode, AuditEventType.AWARD_RECORDED, signer, AuditLog.fields("awardId", entry.id(), "decisionNumber", decisionNumber,
                "decisionDate", decisionDate, "signer", signer, "awardKindCode", entry.awardKindCode(), "nomineeName", entry.nomineeName()));
        return entry;
    }

    private Optional<AwardEntry> byNomination(String code) {
        return jdbc.query(SELECT + " WHERE n.code = :code", new MapSqlParameterSource("code", code), JdbcAwardRegistry::entry)
                .stream().findFirst();
    }

    /**
     * The name filter ignores case and Vietnamese diacritics ("nguyen van a" finds "Nguyễn Văn A"): names are folded
     * in Java (portable across H2 and PostgreSQL) into {@code nominee_name_folded} when recorded, and compared there.
     */
    @Override
    @Transactional(readOnly = true)
    public List<AwardEntry> search(String nominee, String unitCode, Integer year) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (nominee != null && !nominee.isBlank()) {
            sql.append(" AND a.nominee_name_folded LIKE :name ESCAPE '\\'");
            params.addValue("name", "%" + FoldedName.of(nominee.trim()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (year != null) {
            sql.append(" AND a.year = :year");
            params.addValue("year", year);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            sql.append(" AND a.unit_code IN (:units)");
            params.addValue("units", unitAndBelow(unitCode.trim()));
        }
        sql.append(" ORDER BY a.year DESC, a.decision_date DESC, a.id DESC");
        return jdbc.query(sql.toString(), params, JdbcAwardRegistry::entry);
    }

    /** Answered from the indexes (nominee_id_number, year) and (nominee_name_folded, year) of V6__scale_indexes.sql. */
    @Override
    @Transactional(readOnly = true)
    public List<AwardEntry> awardsOf(String nomineeIdNumber, String nomineeName, int fromYear, int toYear) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", fromYear).addValue("to", toYear);
        String who;
        if (nomineeIdNumber != null && !nomineeIdNumber.isBlank()) {
            who = "a.nominee_id_number = :id";
            params.addValue("id", nomineeIdNumber.trim());
        } else if (nomineeName != null && !nomineeName.isBlank()) {
            who = "a.nominee_name_folded = :name";
            params.addValue("name", FoldedName.of(nomineeName.trim()));
        } else {
            throw new IllegalArgumentException("Cần số định danh hoặc tên người được đề nghị / nominee id number or name required");
        }
        return jdbc.query(SELECT + " WHERE " + who + " AND a.year BETWEEN :from AND :to ORDER BY a.year DESC, a.decision_date DESC, a.id DESC",
                params, JdbcAwardRegistry::entry);
    }

    private Set<String> unitAndBelow(String code) {
        Set<String> units = new HashSet<>(Set.of(code));
        List<Unit> all = catalog.units();
        boolean grew = true;
        while (grew) {
            List<String> children = new ArrayList<>();
            for (Unit u : all) {
                if (u.parentCode() != null && units.contains(u.parentCode()) && !units.contains(u.code())) {
                    children.add(u.code());
                }
            }
            grew = units.addAll(children);
        }
        return units;
    }

    private static AwardEntry entry(ResultSet rs, int row) throws SQLException {
        return new AwardEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11),
                rs.getBigDecimal(12) == null ? null : rs.getBigDecimal(12).stripTrailingZeros(), longOrNull(rs, 13), longOrNull(rs, 14));
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
