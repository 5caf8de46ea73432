package vn.khenthuong.catalog;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.MovementRefusedException.Problem;
import vn.khenthuong.catalog.MovementRefusedException.Reason;
import vn.khenthuong.input.ControlCharacters;

/**
 * The board's writes to {@code movement} and {@code movement_award_kind}: checked in full before anything is
 * written, then written with the {@link MovementChanged} event in one transaction, then the catalogue's copy is
 * refreshed. The row keeps who edited it last, which keeps the seeds from writing over it ({@link SeedCatalog}).
 */
@Component
class JdbcMovementBook implements MovementBook {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    static final int NAME_MAX = 400;
    static final int TARGETS_MAX = 4000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SeedCatalog catalog;
    private final ApplicationEventPublisher events;

    JdbcMovementBook(JdbcTemplate jdbc, TransactionTemplate tx, SeedCatalog catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.catalog = catalog;
        this.events = events;
    }

    @Override
    public Movement create(MovementDraft draft, String actor) {
        List<Problem> problems = new ArrayList<>();
        String code = draft == null ? null : draft.code();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "Mã phong trào gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, tối đa 40 ký tự",
                    "The code is upper-case letters, digits and underscores, starting with a letter, at most 40 characters"));
        }
        Checked c = check(draft, problems);
        MovementRefusedException duplicate = new MovementRefusedException(Reason.DUPLICATE, List.of(new Problem("code",
                "Đã có phong trào mã " + code, "A movement with code " + code + " already exists")));
        Movement written;
        try {
            written = tx.execute(status -> insert(code, c, actor, duplicate));
        } catch (DuplicateKeyException e) {
            throw duplicate; // created by someone else between our check and our insert
        }
        catalog.refresh();
        return written;
    }

    private Movement insert(String code, Checked c, String actor, MovementRefusedException duplicate) {
        if (exists(code)) {
            throw duplicate;
        }
        jdbc.update("INSERT INTO movement (code, name, launching_level, launched_by, year_from, year_to, starts_on, ends_on, targets,"
                        + " edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code, c.name, c.level.name(), c.launchedBy, c.startsOn.getYear(), c.endsOn.getYear(), Date.valueOf(c.startsOn),
                Date.valueOf(c.endsOn), c.targets, actor, Timestamp.from(Instant.now()));
        writeAwardKinds(code, c.awardKinds);
        return publish(MovementChanged.Change.CREATED, code, actor);
    }

    @Override
    public Movement update(String code, MovementDraft draft, String actor) {
        List<Problem> problems = new ArrayList<>();
        if (draft != null && draft.code() != null && !draft.code().equals(code)) {
            problems.add(new Problem("code", "Không đổi được mã phong trào", "The code of a movement cannot change"));
        }
        requireExisting(code);
        Checked c = check(draft, problems);
        Movement written = tx.execute(status -> {
            requireExisting(code);
            jdbc.update("UPDATE movement SET name = ?, launching_level = ?, launched_by = ?, year_from = ?, year_to = ?, starts_on = ?,"
                            + " ends_on = ?, targets = ?, edited_by = ?, edited_at = ? WHERE code = ?",
                    c.name, c.level.name(), c.launchedBy, c.startsOn.getYear(), c.endsOn.getYear(), Date.valueOf(c.startsOn),
                    Date.valueOf(c.endsOn), c.targets, actor, Timestamp.from(Instant.now()), code);
            writeAwardKinds(code, c.awardKinds);
            return publish(MovementChanged.Change.UPDATED, code, actor);
        });
        catalog.refresh();
        return written;
    }

    @Override
    public Movement close(String code, LocalDate endsOn, String actor) {
        Movement m = requireExisting(code);
        if (endsOn == null) {
            throw invalid(new Problem("endsOn", "Cần ngày kết thúc phong trào", "The end date is required"));
        }
        if (m.startsOn() != null && endsOn.isBefore(m.startsOn())) {
            throw invalid(new Problem("endsOn", "Ngày kết thúc trước ngày bắt đầu phong trào (" + m.startsOn() + ")",
                    "The end date is before the movement's start (" + m.startsOn() + ")"));
        }
        if (endsOn.getYear() < m.yearFrom()) {
            throw invalid(new Problem("endsOn", "Ngày kết thúc trước năm bắt đầu phong trào (" + m.yearFrom() + ")",
                    "The end date is before the movement's first year (" + m.yearFrom() + ")"));
        }
        Movement written = tx.execute(status -> {
            requireExisting(code);
            jdbc.update("UPDATE movement SET ends_on = ?, year_to = ?, edited_by = ?, edited_at = ? WHERE code = ?",
                    Date.valueOf(endsOn), endsOn.getYear(), actor, Timestamp.from(Instant.now()), code);
            return publish(MovementChanged.Change.CLOSED, code, actor);
        });
        catalog.refresh();
        return written;
    }

    private record Checked(String name, Tier level, String launchedBy, LocalDate startsOn, LocalDate endsOn, String targets,
                           List<String> awardKinds) {
    }

    /** Every field of the draft; throws with all the problems found (and those found before) at once. */
    private Checked check(MovementDraft d, List<Problem> problems) {
        if (d == null) {
            throw invalid(new Problem("", "Thiếu nội dung phong trào", "The movement is missing"));
        }
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(new Problem("name", "Cần tên phong trào", "The name is required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Problem("name", "Tên phong trào dài quá " + NAME_MAX + " ký tự", "The name is longer than " + NAME_MAX + " characters"));
        } else if (ControlCharacters.find(name, false) >= 0) {
            problems.add(new Problem("name", "Tên phong trào chứa ký tự điều khiển", "The name holds a control character"));
        }
        Tier level = Tier.of(d.launchingLevel()).orElse(null);
        String launchedBy = d.launchedBy() == null || d.launchedBy().isBlank() ? null : d.launchedBy().strip();
        if (level == null) {
            problems.add(new Problem("launchingLevel", "Cấp phát động phải là một trong CENTRAL, PROVINCE, DISTRICT, COMMUNE",
                    "The launching level must be one of CENTRAL, PROVINCE, DISTRICT, COMMUNE"));
        } else if (level == Tier.CENTRAL && launchedBy != null) {
            problems.add(new Problem("launchedBy", "Phong trào do Trung ương phát động không ghi đơn vị trong danh mục",
                    "A movement launched by the centre names no unit of the catalogue"));
        } else if (level != Tier.CENTRAL) {
            Unit unit = catalog.unit(launchedBy).orElse(null);
            if (unit == null) {
                problems.add(new Problem("launchedBy", "Cần đơn vị phát động có trong danh mục", "The launching unit must be a unit of the catalogue"));
            } else if (unit.tier() != level) {
                problems.add(new Problem("launchedBy", "Đơn vị " + unit.name() + " không thuộc " + level.label(),
                        "Unit " + unit.code() + " is not of level " + level));
            }
        }
        if (d.startsOn() == null) {
            problems.add(new Problem("startsOn", "Cần ngày bắt đầu phong trào", "The start date is required"));
        }
        if (d.endsOn() == null) {
            problems.add(new Problem("endsOn", "Cần ngày kết thúc phong trào", "The end date is required"));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.add(new Problem("endsOn", "Ngày kết thúc trước ngày bắt đầu", "The end date is before the start date"));
        }
        for (LocalDate day : new LocalDate[] {d.startsOn(), d.endsOn()}) {
            if (day != null && (day.getYear() < 1945 || day.getYear() > 2100)) {
                problems.add(new Problem(day == d.startsOn() ? "startsOn" : "endsOn", "Năm phải trong khoảng 1945–2100", "The year must be 1945–2100"));
            }
        }
        String targets = d.targets() == null || d.targets().isBlank() ? null : d.targets().strip();
        if (targets != null && targets.length() > TARGETS_MAX) {
            problems.add(new Problem("targets", "Chỉ tiêu dài quá " + TARGETS_MAX + " ký tự", "The targets are longer than " + TARGETS_MAX + " characters"));
        } else if (targets != null && ControlCharacters.find(targets, true) >= 0) {
            problems.add(new Problem("targets", "Chỉ tiêu chứa ký tự điều khiển", "The targets hold a control character"));
        }
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(d.awardKindCodes() == null ? List.of() : d.awardKindCodes()));
        for (String kind : kinds) {
            if (catalog.awardKind(kind).isEmpty()) {
                problems.add(new Problem("awardKindCodes", "Không có danh hiệu, hình thức khen thưởng mã " + kind, "Unknown award kind: " + kind));
            }
        }
        if (!problems.isEmpty()) {
            throw new MovementRefusedException(Reason.INVALID, problems);
        }
        return new Checked(name, level, launchedBy, d.startsOn(), d.endsOn(), targets, kinds);
    }

    private static MovementRefusedException invalid(Problem problem) {
        return new MovementRefusedException(Reason.INVALID, List.of(problem));
    }

    private boolean exists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM movement WHERE code = ?", Integer.class, code) > 0;
    }

    private Movement requireExisting(String code) {
        if (code == null || !exists(code)) {
            throw new MovementRefusedException(Reason.NOT_FOUND, List.of(new Problem("code", "Không có phong trào mã " + code,
                    "No movement with code " + code)));
        }
        return catalog.read(code);
    }

    private void writeAwardKinds(String code, List<String> kinds) {
        jdbc.update("DELETE FROM movement_award_kind WHERE movement_code = ?", code);
        for (String kind : kinds) {
            jdbc.update("INSERT INTO movement_award_kind (movement_code, award_kind_code) VALUES (?, ?)", code, kind);
        }
    }

    private Movement publish(MovementChanged.Change change, String code, String actor) {
        Movement written = catalog.read(code);
        events.publishEvent(new MovementChanged(change, written, actor));
        return written;
    }
}
