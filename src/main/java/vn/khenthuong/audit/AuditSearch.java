package vn.khenthuong.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.nomination.Labels;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/** Auditors' look-up of nominations and awards; every filter is a column with an index (V1, V5). */
@Service
class AuditSearch {

    /** Filters are optional; {@code unit} includes the units under it; {@code awardedOnly} keeps nominations with an award. */
    record Criteria(String nominee, String idNumber, String unit, Integer year, String awardKind, String movement,
                    String decisionNumber, String code, boolean awardedOnly) {
    }

    record Row(String code, String nomineeName, String nomineeIdNumber, String nomineeKind, String unitCode, String unitName,
               String districtName, String awardKindCode, String awardKindName, String movementCode, int year, String status,
               String statusVi, Long awardId, String decisionNumber, LocalDate decisionDate, String signer, Instant filedAt,
               String annulmentNumber, LocalDate annulmentDate) {

        /** Annulled by a decision (Luật Thi đua, khen thưởng 2022, Điều 93 k2): the award stays in the registry. */
        public boolean annulled() {
            return annulmentNumber != null;
        }
    }

    record Page(List<Row> items, long total, int page, int size, String sort, String direction) {
    }

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_EXPORT_ROWS = 10_000;
    private static final Map<String, String> SORTS = Map.of("filedAt", "n.created_at", "code", "n.code", "nominee", "s.nominee_folded",
            "year", "n.year", "unit", "n.unit_code", "awardKind", "n.award_kind_code", "status", "n.status",
            "decisionDate", "a.decision_date", "decisionNumber", "a.decision_number");

    private final NamedParameterJdbcTemplate jdbc;
    private final Catalog catalog;

    AuditSearch(NamedParameterJdbcTemplate jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    Page search(Criteria c, int page, int size, String sort, String direction) {
        if (page < 0) {
            throw new BadAuditQueryException("page", "Số trang phải từ 0 trở lên", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadAuditQueryException("size", "Mỗi trang từ 1 đến " + MAX_PAGE_SIZE + " dòng", "size must be 1.." + MAX_PAGE_SIZE);
        }
        String column = SORTS.get(sort);
        if (column == null) {
            throw new BadAuditQueryException("sort", "Không sắp xếp được theo '" + sort + "'; chọn một trong " + SORTS.keySet(),
                    "Unknown sort '" + sort + "'; one of " + SORTS.keySet());
        }
        String dir = direction == null ? "desc" : direction.toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new BadAuditQueryException("direction", "Chiều sắp xếp là asc hoặc desc", "direction must be asc or desc");
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(c, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) " + FROM + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<Row> rows = jdbc.query(SELECT + FROM + where + " ORDER BY " + column + " " + dir + " NULLS LAST, n.id " + dir
                + " LIMIT :limit OFFSET :offset", params, this::row);
        return new Page(rows, total == null ? 0 : total, page, size, sort, dir);
    }

    /** Everything matching, for an export; refuses more rows than a spreadsheet for an inspection file should carry. */
    List<Row> all(Criteria c, String sort, String direction) {
        Page first = search(c, 0, MAX_PAGE_SIZE, sort, direction);
        if (first.total() > MAX_EXPORT_ROWS) {
            throw new BadAuditQueryException("export", "Kết quả có " + first.total() + " dòng, quá " + MAX_EXPORT_ROWS
                    + "; hãy thu hẹp điều kiện tìm", first.total() + " rows exceed the export limit of " + MAX_EXPORT_ROWS);
        }
        List<Row> all = new ArrayList<>(first.items());
        for (int p = 1; (long) p * MAX_PAGE_SIZE < first.total(); p++) {
            all.addAll(search(c, p, MAX_PAGE_SIZE, sort, direction).items());
        }
        return all;
    }

    private static final String SELECT = "SELECT n.code, n.nominee_name, n.nominee_id_number, n.nominee_kind, n.unit_code, n.award_kind_code, "
            + "n.movement_code, n.year, n.status, n.created_at, a.id AS award_id, a.decision_number, a.decision_date, a.signer, "
            + "a.annulment_number, a.annulment_date ";
    private static final String FROM = "FROM nomination_summary n JOIN nomination_search s ON s.nomination_id = n.id "
            + "LEFT JOIN award a ON a.nomination_id = n.id";

    private String where(Criteria c, MapSqlParameterSource params) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (present(c.nominee())) {
            w.append(" AND s.nominee_folded LIKE :nominee ESCAPE '\\'");
            params.addValue("nominee", "%" + likeEscaped(FoldedName.of(c.nominee())) + "%");
        }
        if (present(c.idNumber())) {
            w.append(" AND n.nominee_id_number = :idNumber");
            params.addValue("idNumber", c.idNumber().trim());
        }
        if (present(c.unit())) {
            w.append(" AND n.unit_code IN (:units)");
            params.addValue("units", unitAndBelow(c.unit().trim()));
        }
        if (c.year() != null) {
            w.append(" AND n.year = :year");
            params.addValue("year", c.year());
        }
        if (present(c.awardKind())) {
            w.append(" AND n.award_kind_code = :awardKind");
            params.addValue("awardKind", c.awardKind().trim());
        }
        if (present(c.movement())) {
            w.append(" AND n.movement_code = :movement");
            params.addValue("movement", c.movement().trim());
        }
        if (present(c.decisionNumber())) {
            w.append(" AND a.decision_number LIKE :decisionNumber ESCAPE '\\'");
            params.addValue("decisionNumber", likeEscaped(c.decisionNumber().trim()) + "%");
        }
        if (present(c.code())) {
            w.append(" AND n.code = :code");
            params.addValue("code", c.code().trim().toUpperCase(Locale.ROOT));
        }
        if (c.awardedOnly()) {
            w.append(" AND a.id IS NOT NULL");
        }
        return w.toString();
    }

    private Set<String> unitAndBelow(String code) {
        if (catalog.unit(code).isEmpty()) {
            throw new BadAuditQueryException("unit", "Không có đơn vị '" + code + "' trong danh mục", "Unknown unit '" + code + "'");
        }
        Set<String> units = new HashSet<>(Set.of(code));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit u : catalog.units()) {
                if (u.parentCode() != null && units.contains(u.parentCode()) && units.add(u.code())) {
                    grew = true;
                }
            }
        }
        return units;
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        String unit = rs.getString("unit_code");
        List<Unit> lineage = catalog.lineage(unit);
        String district = lineage.stream().filter(u -> u.tier() == Tier.DISTRICT).map(Unit::name).findFirst().orElse(null);
        String kind = rs.getString("award_kind_code");
        Long awardId = rs.getObject("award_id") == null ? null : rs.getLong("award_id");
        return new Row(rs.getString("code"), rs.getString("nominee_name"), rs.getString("nominee_id_number"), rs.getString("nominee_kind"),
                unit, lineage.isEmpty() ? unit : lineage.get(0).name(), district, kind,
                catalog.awardKind(kind).map(AwardKind::name).orElse(kind), rs.getString("movement_code"), rs.getInt("year"),
                rs.getString("status"), Labels.status(rs.getString("status")), awardId,
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("signer"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("annulment_number"),
                rs.getObject("annulment_date", LocalDate.class));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
