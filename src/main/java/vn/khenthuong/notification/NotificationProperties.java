package vn.khenthuong.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of e-mail notifications ({@code khenthuong.notification.*}); the defaults are here and nowhere else. The
 * SMTP server itself is Spring's {@code spring.mail.*} (environment: {@code SPRING_MAIL_HOST}, {@code _PORT},
 * {@code _USERNAME}, {@code _PASSWORD}); without a host and without the demo mailbox, nothing is written or sent.
 *
 * @param baseUrl              address of the application as officials open it, for the links in the mails
 * @param from                 sender address of every mail
 * @param zone                 the day of a digest and of a deadline is counted in this zone
 * @param digestCron           when the daily digest of new tasks is built (default 16:30 every day)
 * @param deadlineCron         when supplementation deadlines are checked (default 07:00 every day)
 * @param deadlineWorkingDays  "deadline approaching" is sent this many working days before the supplementation deadline
 * @param sendInterval         how often the outbox is looked at for mails to send
 * @param claimTimeout         how long a node may hold a mail it claimed before another node may take it over
 * @param maxAttempts          a mail that failed this often is given up (status FAILED, error kept)
 * @param firstRetry           wait before the first retry; doubled at each further failure
 * @param scheduling           run the three jobs on their own (off in tests, which call them)
 * @param demoMailbox          AUTO: an embedded GreenMail receives the mails when no {@code spring.mail.host} is set and
 *                             the database is H2 (first run) or the profile is {@code demo}; ON / OFF force it
 * @param demoSmtpPort         port of the embedded GreenMail; 0 = any free port
 */
@Validated
@ConfigurationProperties("khenthuong.notification")
record NotificationProperties(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("Thi đua - Khen thưởng Lai Châu <thidua-khenthuong@laichau.gov.vn>") @NotBlank String from,
        @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone,
        @DefaultValue("0 30 16 * * *") @NotBlank String digestCron,
        @DefaultValue("0 0 7 * * *") @NotBlank String deadlineCron,
        @DefaultValue("2") @Min(0) int deadlineWorkingDays,
        @DefaultValue("30s") @NotNull Duration sendInterval,
        @DefaultValue("5m") @NotNull Duration claimTimeout,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("1m") @NotNull Duration firstRetry,
        @DefaultValue("true") boolean scheduling,
        @DefaultValue("AUTO") @NotNull DemoMailboxMode demoMailbox,
        @DefaultValue("0") @Min(0) int demoSmtpPort) {

    enum DemoMailboxMode { AUTO, ON, OFF }

    /** Link to a dossier's page. */
    String dossierLink(String code) {
        return root() + "/ho-so.html?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    String root() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
