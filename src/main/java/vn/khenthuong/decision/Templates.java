package vn.khenthuong.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;

/**
 * The printing templates: the administrator's saved edit (table document_template) if there is one, else the default
 * file seeds/templates/&lt;name&gt;.txt. Every template is checked when saved and when used, so a broken edit is refused
 * with its line instead of printing a wrong decision.
 */
@Component
class Templates {

    static final String DECISION = "quyet-dinh-khen-thuong";
    /** Certificates: chung-nhan-&lt;award kind code&gt; when it exists, else chung-nhan. */
    static final String CERTIFICATE = "chung-nhan";

    static final Set<String> DECISION_SECTIONS = Set.of("co-quan-ban-hanh", "ten-loai", "trich-yeu", "tham-quyen", "can-cu", "quyet-dinh",
            "dieu-1", "dieu-2", "dieu-3", "noi-nhan", "chuc-vu-nguoi-ky", "phu-luc-tieu-de", "phu-luc-ghi-chu", "trich-yeu-mac-dinh",
            "can-cu-mac-dinh");
    static final Set<String> DECISION_VALUES = Set.of("don_vi", "DON_VI", "dia_danh", "so", "ngay", "trich_yeu", "can_cu", "so_luong",
            "hinh_thuc", "tong_tien", "nguoi_ky");
    static final Set<String> CERTIFICATE_SECTIONS = Set.of("dau-trang", "tieu-de", "nguoi-nhan", "noi-dung", "chan-trai", "chuc-vu-nguoi-ky");
    static final Set<String> CERTIFICATE_VALUES = Set.of("don_vi", "DON_VI", "dia_danh", "so", "ngay", "ho_ten", "chuc_vu_don_vi", "thanh_tich",
            "hinh_thuc", "HINH_THUC", "so_tien", "nguoi_ky", "so_thu_tu");

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    Templates(JdbcTemplate jdbc, Catalog catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
    }

    /** One template as the administrator's page lists it. */
    record Entry(String name, boolean edited, String updatedBy, OffsetDateTime updatedAt, String text) {
    }

    TemplateText decision() {
        return parse(DECISION, text(DECISION).orElseThrow());
    }

    /** The certificate template of an award kind: its own if there is one, else the common one. */
    TemplateText certificate(String awardKindCode) {
        String own = CERTIFICATE + "-" + awardKindCode;
        return text(own).map(t -> parse(own, t)).orElseGet(() -> parse(CERTIFICATE, text(CERTIFICATE).orElseThrow()));
    }

    /** Every name a template may have: the decision, the common certificate, one certificate per award kind. */
    List<String> names() {
        List<String> names = new ArrayList<>(List.of(DECISION, CERTIFICATE));
        catalog.awardKinds().stream().map(AwardKind::code).sorted().forEach(k -> names.add(CERTIFICATE + "-" + k));
        return names;
    }

    /** The template in force under that name (the saved edit, else the file); empty for a certificate kind without its own. */
    Optional<Entry> entry(String name) {
        List<Entry> saved = jdbc.query("SELECT name, body, updated_by, updated_at FROM document_template WHERE name = ?",
                (rs, i) -> new Entry(rs.getString(1), true, rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(2)), name);
        if (!saved.isEmpty()) {
            return Optional.of(saved.get(0));
        }
        return file(name).map(t -> new Entry(name, false, null, null, t));
    }

    /** Saves an administrator's edit after checking it; the trail records who changed which template. */
    @Transactional
    void save(String name, String text, String actor) {
        parse(name, text);
        int updated = jdbc.update("UPDATE document_template SET body = ?, updated_by = ?, updated_at = ? WHERE name = ?", text, actor, now(), name);
        if (updated == 0) {
            jdbc.update("INSERT INTO document_template (name, body, updated_by, updated_at) VALUES (?, ?, ?, ?)", name, text, actor, now());
        }
        events.publishEvent(new TemplateChanged(name, actor, false));
    }

    /** Drops the administrator's edit: the file of seeds/templates is in force again. */
    @Transactional
    boolean reset(String name, String actor) {
        boolean dropped = jdbc.update("DELETE FROM document_template WHERE name = ?", name) > 0;
        if (dropped) {
            events.publishEvent(new TemplateChanged(name, actor, true));
        }
        return dropped;
    }

    TemplateText parse(String name, String text) {
        return name.equals(DECISION) ? TemplateText.parse(name, text, DECISION_SECTIONS, DECISION_VALUES)
                : TemplateText.parse(name, text, CERTIFICATE_SECTIONS, CERTIFICATE_VALUES);
    }

    private Optional<String> text(String name) {
        return entry(name).map(Entry::text);
    }

    private static Optional<String> file(String name) {
        ClassPathResource resource = new ClassPathResource("seeds/templates/" + name + ".txt");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
