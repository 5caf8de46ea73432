package vn.khenthuong.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice of the kinds of mail they receive (table {@code notification_preference}; no row = on). */
@Component
class Preferences {

    private final JdbcTemplate jdbc;

    Preferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(String userId, NotificationKind kind) {
        return jdbc.query("SELECT enabled FROM notification_preference WHERE user_id = ? AND kind = ?", (rs, i) -> rs.getBoolean(1),
                userId, kind.name()).stream().findFirst().orElse(true);
    }

    /** Every kind, in the order of {@link NotificationKind}. */
    Map<NotificationKind, Boolean> of(String userId) {
        Map<NotificationKind, Boolean> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, true);
        }
        jdbc.query("SELECT kind, enabled FROM notification_preference WHERE user_id = ?", (rs, i) -> Map.entry(rs.getString(1), rs.getBoolean(2)),
                userId).forEach(e -> NotificationKind.find(e.getKey()).ifPresent(k -> all.put(k, e.getValue())));
        return all;
    }

    /** Sets the kinds given, leaves the others; all or nothing. */
    @Transactional
    void set(String userId, Map<NotificationKind, Boolean> choices) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        choices.forEach((kind, enabled) -> {
            int updated = jdbc.update("UPDATE notification_preference SET enabled = ?, updated_at = ? WHERE user_id = ? AND kind = ?",
                    enabled, now, userId, kind.name());
            if (updated == 0) {
                jdbc.update("INSERT INTO notification_preference (user_id, kind, enabled, updated_at) VALUES (?, ?, ?, ?)", userId, kind.name(),
                        enabled, now);
            }
        });
    }
}
