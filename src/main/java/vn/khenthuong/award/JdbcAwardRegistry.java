package vn.khenthuong.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Unit;

/**
 * The award registry in table {@code award}; a line copies the nomination's facts at the time of the decision. Lines
 * imported from the paper registry have no nomination, hence the outer join: every search sees both kinds alike.
 */
@Service
class JdbcAwardRegistry implements AwardRegistry {

    private static final String SELECT = "SELECT a.id, n.code, a.award_kind_code, a.unit_code, a.movement_code, a.year, a.nominee_kind, "
            + "a.nominee_name, a.decision_number, a.decision_date, a.signer, a.reward_coefficient, a.base_salary, a.reward_amount, a.source, a.import_id, "
            + "n.posthumous, n.receiver_name, n.receiver_relation, a.annulment_number, a.annulment_date "
            + "FROM award a LEFT JOIN nomination_summary n ON n.id = a.nomination_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalog catalog;
    private final RewardMoney rewardMoney;
    private final ApplicationEventPublisher events;

    JdbcAwardRegistry(NamedParameterJdbcTemplate jdbc, Catalog catalog, RewardMoney rewardMoney, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.rewardMoney = rewardMoney;
    }

    /**
     * A second call for the same nomination (a retried job) returns the line recorded first. The nomination and any
     * line it already has are read in one query, and the new line is built from what was written: one read and one
     * insert on the decision step instead of four statements.
     */
    @Override
    @Transactional
    public AwardEntry record(String nominationCode, String decisionNumber, LocalDate decisionDate, String signer) {
        MapSqlParameterSource code = new MapSqlParameterSource("code", nominationCode);
        List<Nomination> found = jdbc.query("SELECT n.id, n.code, n.award_kind_code, n.unit_code, n.movement_code, n.year, n.nominee_kind, "
                        + "n.nominee_name, n.nominee_id_number, n.posthumous, n.receiver_name, n.receiver_relation, a.id AS award_id FROM nomination_summary n LEFT JOIN award a ON a.nomination_id = n.id "
                        + "WHERE n.code = :code", code,
                (rs, i) -> new Nomination(rs.getLong("id"), rs.getString("nominee_id_number"), longOrNull(rs, "award_id") != null,
                        new AwardEntry(0, rs.getString("code"), rs.getString("award_kind_code"), rs.getString("unit_code"), rs.getString("movement_code"),
                                rs.getInt("year"), rs.getString("nominee_kind"), rs.getString("nominee_name"), null, null, null, null, null, null,
                                AwardSource.FILED, null, rs.getBoolean("posthumous"), rs.getString("receiver_name"), rs.getString("receiver_relation"), null, null)));
        if (!found.isEmpty() && found.get(0).recorded()) {
            return byNomination(nominationCode).orElseThrow();
        }
        if (decisionNumber == null || decisionDate == null || signer == null) {
            throw new IllegalArgumentException("Thiếu số, ngày hoặc người ký quyết định / decision number, date and signer are required");
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("Không có hồ sơ " + nominationCode + " / no such nomination");
        }
        AwardEntry facts = found.get(0).facts();
        RewardMoney.Reward reward = rewardMoney.compute(facts.awardKindCode(), facts.nomineeKind(), decisionDate);
        // As the DECIMAL(6, 3) column keeps it, so that the line returned equals the line read back later.
        BigDecimal coefficient = reward.coefficient() == null ? null : reward.coefficient().setScale(3, RoundingMode.HALF_UP);
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, movement_code, year, nominee_kind, nominee_name, "
                        + "nominee_name_folded, nominee_id_number, decision_number, decision_date, signer, recorded_at, reward_coefficient, base_salary, reward_amount) "
                        + "VALUES (:nominationId, :awardKind, :unit, :movement, :year, :nomineeKind, :name, :folded, :idNumber, "
                        + ":number, :date, :signer, :now, :coefficient, :baseSalary, :amount)",
                code.addValue("nominationId", found.get(0).id()).addValue("idNumber", found.get(0).idNumber(), Types.VARCHAR)
                        .addValue("awardKind", facts.awardKindCode()).addValue("unit", facts.unitCode()).addValue("movement", facts.movementCode(), Types.VARCHAR)
                        .addValue("year", facts.year()).addValue("nomineeKind", facts.nomineeKind()).addValue("name", facts.nomineeName())
                        .addValue("folded", FoldedName.of(facts.nomineeName()))
                        .addValue("number", decisionNumber).addValue("date", decisionDate).addValue("signer", signer)
                        .addValue("now", OffsetDateTime.now(ZoneOffset.UTC)).addValue("coefficient", coefficient, Types.DECIMAL)
                        .addValue("baseSalary", reward.baseSalary()).addValue("amount", reward.amount()),
                id, new String[] {"id"});
        AwardEntry entry = new AwardEntry(id.getKeyAs(Number.class).longValue(), facts.nominationCode(), facts.awardKindCode(), facts.unitCode(),
                facts.movementCode(), facts.year(), facts.nomineeKind(), facts.nomineeName(), decisionNumber, decisionDate, signer,
                coefficient == null ? null : coefficient.stripTrailingZeros(), reward.baseSalary(), reward.amount(), AwardSource.FILED, null,
                facts.posthumous(), facts.receiverName(), facts.receiverRelation(), null, null);
        events.publishEvent(new AwardRecorded(nominationCode, entry.id(), decisionNumber, decisionDate, signer, entry.awardKindCode(), entry.nomineeName()));
        return entry;
    }

    /** A nomination's facts as an award line would copy them, and whether it already has its line. */
    private record Nomination(long id, String idNumber, boolean recorded, AwardEntry facts) {
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

    @Override
    @Transactional(readOnly = true)
    public List<AwardEntry> ofMovement(String movementCode) {
        return jdbc.query(SELECT + " WHERE a.movement_code = :movement ORDER BY a.year DESC, a.decision_date DESC, a.id DESC",
                new MapSqlParameterSource("movement", movementCode), JdbcAwardRegistry::entry);
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
                rs.getBigDecimal(12) == null ? null : rs.getBigDecimal(12).stripTrailingZeros(), longOrNull(rs, 13), longOrNull(rs, 14),
                AwardSource.valueOf(rs.getString(15)), longOrNull(rs, 16), rs.getBoolean(17), rs.getString(18), rs.getString(19),
                rs.getString(20), rs.getObject(21, LocalDate.class));
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return longOrNull(rs, rs.findColumn(column));
    }
}
