package vn.khenthuong.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.khenthuong.notification.People.DossierCard;

/**
 * The text of every mail, in Vietnamese, as plain text and as simple HTML: the person by name, the dossier by code with
 * the link to its page, and at the end how to turn the kind off.
 */
@Component
class Letters {

    /** A mail ready to store: subject, plain text, HTML. */
    record Letter(String subject, String text, String html) {
    }

    /** A task in a digest. */
    record DigestLine(String nominationCode, String nomineeName, String awardKindName, String taskName, LocalDate dueDate) {
    }

    /** More tasks than this in one day are counted, not listed: the mail stays readable and its row bounded. */
    static final int DIGEST_LISTED = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PREFIX = "[Thi đua - Khen thưởng] ";

    private final NotificationProperties settings;

    Letters(NotificationProperties settings) {
        this.settings = settings;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    Letter digest(String name, LocalDate day, List<DigestLine> lines) {
        String subject = PREFIX + "Việc mới cần xử lý ngày " + day(day) + " (" + lines.size() + " hồ sơ)";
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String intro = "Ngày " + day(day) + " có " + lines.size() + " việc mới chuyển đến ông/bà trên hệ thống thi đua, khen thưởng tỉnh Lai Châu:";
        text.append(greeting(name)).append("\n\n").append(intro).append("\n\n");
        html.append("<p>").append(esc(greeting(name))).append("</p><p>").append(esc(intro)).append("</p><ol>");
        int listed = Math.min(lines.size(), DIGEST_LISTED);
        for (int i = 0; i < listed; i++) {
            DigestLine l = lines.get(i);
            String what = l.taskName() + " — hồ sơ " + l.nominationCode() + ": " + orDash(l.nomineeName()) + ", " + orDash(l.awardKindName())
                    + (l.dueDate() == null ? "" : " (hạn " + day(l.dueDate()) + ")");
            text.append(i + 1).append(". ").append(what).append("\n   ").append(settings.dossierLink(l.nominationCode())).append("\n");
            html.append("<li>").append(esc(what)).append(" — <a href=\"").append(esc(settings.dossierLink(l.nominationCode())))
                    .append("\">xem hồ sơ ").append(esc(l.nominationCode())).append("</a></li>");
        }
        html.append("</ol>");
        if (lines.size() > listed) {
            String more = "… và " + (lines.size() - listed) + " việc khác, xem trong Tasklist.";
            text.append(more).append("\n");
            html.append("<p>").append(esc(more)).append("</p>");
        }
        String act = "Xử lý các việc này trong Tasklist: " + settings.root() + "/camunda/app/tasklist/";
        text.append("\n").append(act);
        html.append("<p>Xử lý các việc này trong <a href=\"").append(esc(settings.root())).append("/camunda/app/tasklist/\">Tasklist</a>.</p>");
        return finish(subject, text, html, NotificationKind.TASK_DIGEST);
    }

    Letter returned(String name, DossierCard card, String stepName, String comment, LocalDate deadline) {
        String subject = PREFIX + "Hồ sơ " + card.code() + " bị trả lại, yêu cầu bổ sung";
        String body = "Hồ sơ " + card.code() + " (" + orDash(card.nomineeName()) + ", " + orDash(card.awardKindName()) + ") của " + card.unitName()
                + " đã bị trả lại ở bước \"" + stepName + "\" để hoàn thiện, bổ sung.";
        return simple(subject, name, card, NotificationKind.RETURNED, body,
                comment == null || comment.isBlank() ? null : "Lý do, nội dung cần bổ sung: " + comment,
                deadline == null ? null : "Hạn bổ sung: " + day(deadline) + ".");
    }

    Letter deadline(String name, DossierCard card, LocalDate deadline, int workingDaysLeft) {
        String subject = PREFIX + "Hồ sơ " + card.code() + " sắp hết hạn bổ sung (" + day(deadline) + ")";
        String body = "Hồ sơ " + card.code() + " (" + orDash(card.nomineeName()) + ", " + orDash(card.awardKindName()) + ") của " + card.unitName()
                + " phải được bổ sung chậm nhất ngày " + day(deadline) + (workingDaysLeft == 0 ? " (hôm nay)." : " (còn " + workingDaysLeft + " ngày làm việc).");
        return simple(subject, name, card, NotificationKind.DEADLINE, body,
                "Quá hạn, Ban Thi đua - Khen thưởng tỉnh có thể thẩm định theo hồ sơ hiện có hoặc dừng xét hồ sơ.", null);
    }

    Letter rejected(String name, DossierCard card, String reason) {
        String subject = PREFIX + "Hồ sơ " + card.code() + " không được khen thưởng";
        String body = "Hồ sơ " + card.code() + " (" + orDash(card.nomineeName()) + ", " + orDash(card.awardKindName()) + ") của " + card.unitName()
                + " đã kết thúc, không được khen thưởng.";
        return simple(subject, name, card, NotificationKind.REJECTED, body, reason == null || reason.isBlank() ? null : "Lý do: " + reason, null);
    }

    Letter awarded(String name, DossierCard card, String awardKindName, String decisionNumber, LocalDate decisionDate, String signerName) {
        String subject = PREFIX + "Hồ sơ " + card.code() + " đã được khen thưởng";
        String body = orDash(card.nomineeName()) + " (" + card.unitName() + ") đã được khen thưởng " + orDash(awardKindName) + " theo Quyết định số "
                + decisionNumber + " ngày " + day(decisionDate) + (signerName == null ? "" : ", người ký: " + signerName) + ".";
        return simple(subject, name, card, NotificationKind.AWARDED, body, "Hồ sơ: " + card.code() + ".", null);
    }

    private Letter simple(String subject, String name, DossierCard card, NotificationKind kind, String... paragraphs) {
        StringBuilder text = new StringBuilder(greeting(name)).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(esc(greeting(name))).append("</p>");
        for (String p : paragraphs) {
            if (p != null) {
                text.append(p).append("\n\n");
                html.append("<p>").append(esc(p)).append("</p>");
            }
        }
        String link = settings.dossierLink(card.code());
        text.append("Xem hồ sơ: ").append(link);
        html.append("<p><a href=\"").append(esc(link)).append("\">Xem hồ sơ ").append(esc(card.code())).append("</a></p>");
        return finish(subject, text, html, kind);
    }

    private Letter finish(String subject, StringBuilder text, StringBuilder html, NotificationKind kind) {
        String footer = "Thư gửi tự động từ hệ thống thi đua, khen thưởng tỉnh Lai Châu, xin không trả lời thư này. Tắt loại thông báo \""
                + kind.label() + "\" tại " + settings.root() + "/thong-bao.html";
        text.append("\n\n--\n").append(footer).append("\n");
        html.append("<hr><p style=\"color:#52606d;font-size:12px\">").append(esc(footer)).append("</p>");
        return new Letter(subject, text.toString(), "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1f2933\">" + html + "</body></html>");
    }

    private static String greeting(String name) {
        return "Kính gửi ông/bà " + name + ",";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
