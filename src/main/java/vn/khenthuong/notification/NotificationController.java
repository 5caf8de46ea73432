package vn.khenthuong.notification;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * A person's own notification settings and latest mails ({@code /api/me/notifications}: always the signed-in user,
 * there is no way to name another), and for administrators the demo mailbox ({@code /api/demo-mailbox}).
 */
@RestController
class NotificationController {

    static final int RECENT = 30;

    private final Officials officials;
    private final Preferences preferences;
    private final Outbox outbox;
    private final Mailer mailer;

    NotificationController(Officials officials, Preferences preferences, Outbox outbox, Mailer mailer) {
        this.officials = officials;
        this.preferences = preferences;
        this.outbox = outbox;
        this.mailer = mailer;
    }

    record Choice(String kind, Boolean enabled) {
    }

    record ChoicesRequest(List<Choice> preferences) {
    }

    record PreferenceView(NotificationKind kind, String label, boolean enabled) {
    }

    record RecentView(NotificationKind kind, String kindLabel, String nominationCode, String subject, String status, String statusLabel,
                      OffsetDateTime createdAt, OffsetDateTime sentAt, int attempts) {
    }

    record MyNotifications(String name, String email, boolean mailOn, List<PreferenceView> preferences, List<RecentView> recent) {
    }

    record DemoMail(String to, String from, String subject, OffsetDateTime receivedAt, String text) {
    }

    @GetMapping("/api/me/notifications")
    @Operation(summary = "The signed-in user's notification settings per kind and their latest mails")
    MyNotifications mine() {
        return view(officials.current());
    }

    @PutMapping("/api/me/notifications")
    @Operation(summary = "Turn kinds of mail on or off for the signed-in user (only the kinds named change)")
    MyNotifications change(@RequestBody ChoicesRequest request) {
        Official me = officials.current();
        if (request == null || request.preferences() == null || request.preferences().isEmpty()) {
            throw bad("Thiếu danh sách loại thông báo (preferences)", "preferences missing");
        }
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        Set<String> seen = new HashSet<>();
        for (Choice c : request.preferences()) {
            if (c == null || c.kind() == null) {
                throw bad("Thiếu loại thông báo (kind)", "kind missing");
            }
            NotificationKind kind = NotificationKind.find(c.kind()).orElseThrow(() -> bad("Loại thông báo không có: " + c.kind() + " (một trong "
                    + Arrays.toString(NotificationKind.values()) + ")", "unknown kind " + c.kind()));
            if (c.enabled() == null) {
                throw bad("Thiếu lựa chọn bật/tắt (enabled) cho " + kind.label(), "enabled missing for " + kind);
            }
            if (!seen.add(kind.name())) {
                throw bad("Loại thông báo " + kind.label() + " ghi hai lần", "kind " + kind + " given twice");
            }
            choices.put(kind, c.enabled());
        }
        preferences.set(me.userId(), choices);
        return view(me);
    }

    @GetMapping("/api/demo-mailbox")
    @Operation(summary = "Mails received by the embedded demo SMTP server, newest first (administrators; 404 when it is off)")
    List<DemoMail> demoMailbox() {
        Official me = officials.current();
        if (!me.hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên xem được hộp thư demo / administrators only");
        }
        var box = mailer.demoMailbox().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Hộp thư demo không bật (có máy chủ thư thật hoặc cơ sở dữ liệu không phải H2) / the demo mailbox is off"));
        List<DemoMail> mails = new ArrayList<>();
        for (MimeMessage m : box.getReceivedMessages()) {
            mails.add(demoMail(m));
        }
        mails.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
        return mails;
    }

    private MyNotifications view(Official me) {
        List<PreferenceView> prefs = preferences.of(me.userId()).entrySet().stream()
                .map(e -> new PreferenceView(e.getKey(), e.getKey().label(), e.getValue())).toList();
        List<RecentView> recent = outbox.recent(me.userId(), RECENT).stream()
                .map(r -> new RecentView(r.kind(), r.kind().label(), r.nominationCode(), r.subject(), r.status().name(), statusLabel(r.status()),
                        r.createdAt(), r.sentAt(), r.attempts())).toList();
        return new MyNotifications(me.displayName(), mailer.address(me.userId(), officials.email(me.userId())).orElse(null), mailer.enabled(), prefs,
                recent);
    }

    static String statusLabel(Outbox.Status status) {
        return switch (status) {
            case PENDING -> "Đang chờ gửi";
            case SENDING -> "Đang gửi";
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi không được";
            case OPTED_OUT -> "Không gửi (đã tắt loại này)";
            case NO_ADDRESS -> "Không gửi (chưa có địa chỉ thư)";
        };
    }

    private static ResponseStatusException bad(String vi, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, vi + " / " + en);
    }

    private static DemoMail demoMail(MimeMessage m) {
        try {
            String to = String.join(", ", Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
            String from = m.getFrom() == null ? "" : String.join(", ", Arrays.stream(m.getFrom()).map(Object::toString).toList());
            OffsetDateTime at = m.getSentDate() == null ? OffsetDateTime.now(ZoneOffset.UTC) : m.getSentDate().toInstant().atOffset(ZoneOffset.UTC);
            return new DemoMail(to, jakarta.mail.internet.MimeUtility.decodeText(from), m.getSubject(), at, plainText(m));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Thư demo không đọc được / unreadable demo mail", e);
        }
    }

    /** The text/plain part of a mail, however deep its multiparts nest. */
    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart body = multi.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
