package vn.khenthuong.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;

/** The register of pending matters on nominees (table {@code pending_matter}); it is never deleted from, a matter is resolved. */
@Service
class PendingMatters {

    static final Set<String> KINDS = Set.of("DISCIPLINE", "INVESTIGATION", "INSPECTION", "COMPLAINT", "PRESS_REPORT");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final String COLUMNS = "id, nominee_id_number, unit_code, nominee_name, kind, description, reference, opened_on, "
            + "resolved_on, resolution, created_by, created_at, resolved_by";

    private final JdbcTemplate jdbc;
    private final Catalog catalog;

    PendingMatters(JdbcTemplate jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    List<PendingMatter> list(String idNumber, String unitCode, boolean openOnly) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM pending_matter WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (idNumber != null && !idNumber.isBlank()) {
            sql.append(" AND nominee_id_number = ?");
            args.add(idNumber.trim());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            sql.append(" AND unit_code = ?");
            args.add(unitCode.trim());
        }
        if (openOnly) {
            sql.append(" AND resolved_on IS NULL");
        }
        sql.append(" ORDER BY id");
        return jdbc.query(sql.toString(), PendingMatters::row, args.toArray());
    }

    @Transactional
    PendingMatter open(PendingMatter.New m, String by, LocalDate today, String seedKey) {
        String id = blankToNull(m.nomineeIdNumber());
        String unit = blankToNull(m.unitCode());
        String name = blankToNull(m.nomineeName());
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (id == null && (unit == null || name == null)) {
            vi.add("cần số CCCD của cá nhân (chủ hộ), hoặc đơn vị và tên tập thể");
            en.add("an ID number, or a unit and a collective's name, is required");
        }
        if (id != null && !ID_NUMBER.matcher(id).matches()) {
            vi.add("số căn cước công dân phải gồm 12 chữ số");
            en.add("the ID number must be 12 digits");
        }
        if (unit != null && catalog.unit(unit).isEmpty()) {
            vi.add("không có đơn vị " + unit);
            en.add("unknown unit " + unit);
        }
        if (m.kind() == null || !KINDS.contains(m.kind())) {
            vi.add("loại việc phải là một trong " + String.join(", ", KINDS.stream().sorted().toList()));
            en.add("kind must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        if (blankToNull(m.description()) == null || m.description().length() > 2000) {
            vi.add("cần mô tả (tối đa 2000 ký tự)");
            en.add("a description of at most 2000 characters is required");
        }
        if (name != null && name.length() > 300 || m.reference() != null && m.reference().length() > 200) {
            vi.add("tên hoặc số văn bản quá dài");
            en.add("name or reference too long");
        }
        LocalDate opened = m.openedOn() == null ? today : m.openedOn();
        if (opened.isAfter(today)) {
            vi.add("ngày phát sinh không được sau hôm nay");
            en.add("openedOn may not be in the future");
        }
        if (!vi.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Việc đang xem xét không hợp lệ: " + String.join("; ", vi)
                    + " / Invalid pending matter: " + String.join("; ", en));
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO pending_matter (nominee_id_number, unit_code, nominee_name, kind, description, reference, "
                    + "opened_on, created_by, created_at, seed_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, id);
            ps.setString(2, unit);
            ps.setString(3, name);
            ps.setString(4, m.kind());
            ps.setString(5, m.description().trim());
            ps.setString(6, blankToNull(m.reference()));
            ps.setObject(7, opened);
            ps.setString(8, by);
            ps.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(10, seedKey);
            return ps;
        }, key);
        return get(key.getKey().longValue());
    }

    @Transactional
    PendingMatter resolve(long id, PendingMatter.Resolution r, String by, LocalDate today) {
        PendingMatter m = get(id);
        if (m.resolvedOn() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Việc này đã kết thúc ngày " + m.resolvedOn() + " / Already resolved on " + m.resolvedOn());
        }
        LocalDate on = r == null || r.resolvedOn() == null ? today : r.resolvedOn();
        if (r == null || blankToNull(r.resolution()) == null || r.resolution().length() > 2000 || on.isBefore(m.openedOn()) || on.isAfter(today)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần kết quả giải quyết (tối đa 2000 ký tự), ngày kết thúc từ ngày phát sinh đến hôm nay"
                    + " / A resolution (≤ 2000 characters) and a date between the opening and today are required");
        }
        jdbc.update("UPDATE pending_matter SET resolved_on = ?, resolution = ?, resolved_by = ? WHERE id = ?", on, r.resolution().trim(), by, id);
        return get(id);
    }

    boolean seeded(String seedKey) {
        return !jdbc.queryForList("SELECT id FROM pending_matter WHERE seed_key = ?", Long.class, seedKey).isEmpty();
    }

    private PendingMatter get(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pending_matter WHERE id = ?", PendingMatters::row, id).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có việc đang xem xét số " + id + " / No pending matter " + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static PendingMatter row(ResultSet rs, int i) throws SQLException {
        return new PendingMatter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getString(13));
    }
}
