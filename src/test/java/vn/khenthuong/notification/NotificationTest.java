package vn.khenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * Notifications end to end on the real engine: tasks into one digest per day and person (once, also with the job on
 * several threads and two senders at once), the filing unit's mails on return, deadline, rejection and award, read back
 * through the embedded GreenMail (real SMTP); opt-out, retries, and the API that only ever shows the signed-in person.
 */
@SpringBootTest(properties = "khenthuong.notification.demo-mailbox=ON")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;
    @Autowired DailyDigest digest;
    @Autowired DeadlineReminders reminders;
    @Autowired OutboxSender sender;
    @Autowired Outbox outbox;
    @Autowired Mailer mailer;
    @Autowired NotificationProperties settings;
    @Autowired WorkingCalendar calendar;
    @Autowired MockMvc mvc;

    ProcessDriver driver;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        today = LocalDate.now(settings.zone());
        mailer.demoMailbox().orElseThrow().purgeEmailFromAllMailboxes();
        jdbc.update("delete from notification_outbox");
        jdbc.update("delete from notification_task_arrival");
        jdbc.update("delete from notification_preference");
        jdbc.update("delete from notification_deadline");
    }

    List<MimeMessage> mails() {
        return Arrays.asList(mailer.demoMailbox().orElseThrow().getReceivedMessages());
    }

    List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mails()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    static String text(MimeMessage m) throws Exception {
        return NotificationController.plainText(m);
    }

    int outboxRows(String kind, String recipient) {
        return jdbc.queryForObject("select count(*) from notification_outbox where kind = ? and recipient = ?", Integer.class, kind, recipient);
    }

    String returnWithDeadline(String code, LocalDate deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.OUTCOME, "return");
        v.put(NominationProcess.COMMENT, "Bổ sung biên bản họp bình xét của thôn");
        v.put(NominationProcess.SUPPLEMENT_DEADLINE, deadline.toString());
        driver.complete("tinh.thamdinh", code, NominationProcess.PROVINCIAL_APPRAISAL, v);
        return code;
    }

    @Test
    void aTaskArrivingIsInThatDaysDigestExactlyOnceEvenWhenTheJobRunsTwice() throws Exception {
        String code = driver.start("BK_TINH");

        assertThat(digest.run(today)).isEqualTo(1);
        assertThat(digest.run(today)).isZero();
        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
        assertThat(sender.sendDue(Instant.now())).isZero();

        List<MimeMessage> received = mailsTo("xa.pusamcap@example.vn");
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Thi đua - Khen thưởng] Việc mới cần xử lý ngày " + Letters.day(today) + " (1 hồ sơ)");
        assertThat(text(mail)).contains("Kính gửi ông/bà Lò Văn Thắng,", "Hoàn thiện hồ sơ (cấp xã) — hồ sơ " + code + ": Giàng A Chứ",
                "http://localhost:8080/ho-so.html?code=" + code, "/thong-bao.html").doesNotContain("xa.pusamcap");
        assertThat(mail.getContent()).isInstanceOf(jakarta.mail.Multipart.class);
        assertThat(jdbc.queryForObject("select status from notification_outbox where recipient = 'xa.pusamcap'", String.class)).isEqualTo("SENT");
    }

    @Test
    void aTaskAlreadyDoneWhenTheDigestIsWrittenIsLeftOut() throws Exception {
        String done = driver.start("BK_TINH");
        String open = driver.start("BK_TINH");
        driver.attachRequiredDocuments(done);
        driver.complete("xa.pusamcap", done, NominationProcess.PREPARE_DOSSIER, Map.of());

        digest.run(today);
        sender.sendDue(Instant.now());

        String text = text(mailsTo("xa.pusamcap@example.vn").get(0));
        assertThat(text).contains("Hoàn thiện hồ sơ (cấp xã) — hồ sơ " + open).doesNotContain("Hoàn thiện hồ sơ (cấp xã) — hồ sơ " + done);
        assertThat(jdbc.queryForObject("select count(*) from notification_task_arrival where nomination_code = ? and step = 'prepareDossier' "
                + "and closed_at is not null and digest_key is null", Integer.class, done)).isEqualTo(1);
    }

    @Test
    void theDigestIsWrittenOnceWhenFourNodesBuildItAtOnceAndTwoSendersSendIt() throws Exception {
        List<String> codes = List.of(driver.start("BK_TINH"), driver.start("BK_TINH"), driver.start("BK_TINH"));

        List<Integer> written = inParallel(4, () -> digest.run(today));
        assertThat(written.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(outboxRows("TASK_DIGEST", "xa.pusamcap")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_task_arrival where recipient = 'xa.pusamcap' and digest_key = ?", Integer.class,
                DailyDigest.key(today))).isEqualTo(3);

        OutboxSender otherNode = new OutboxSender(outbox, mailer, settings);
        List<OutboxSender> nodes = List.of(sender, otherNode);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> sent = inParallel(2, () -> nodes.get(next.getAndIncrement()).sendDue(Instant.now()));
        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        List<MimeMessage> received = mailsTo("xa.pusamcap@example.vn");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).endsWith("(3 hồ sơ)");
        assertThat(text(received.get(0))).contains(codes.get(0), codes.get(1), codes.get(2));

        // A task after the day's digest waits for the next day's.
        String late = driver.start("BK_TINH");
        assertThat(digest.run(today)).isZero();
        assertThat(digest.run(today.plusDays(1))).isEqualTo(1);
        sender.sendDue(Instant.now());
        assertThat(mailsTo("xa.pusamcap@example.vn")).hasSize(2);
        assertThat(text(mailsTo("xa.pusamcap@example.vn").get(1))).contains(late).doesNotContain(codes.get(0));
    }

    @Test
    void twoSendersRacingOverManyMailsSendEachOnce() throws Exception {
        for (int d = 0; d < 12; d++) {
            outbox.enqueue("test-race:" + d, "xa.phucthan", NotificationKind.RETURNED, null, new Letters.Letter("Thư " + d, "Nội dung " + d, "<p>" + d + "</p>"),
                    Instant.now());
        }
        OutboxSender otherNode = new OutboxSender(outbox, mailer, settings);
        List<OutboxSender> nodes = List.of(sender, otherNode, new OutboxSender(outbox, mailer, settings));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> sent = inParallel(3, () -> nodes.get(next.getAndIncrement()).sendDue(Instant.now()));
        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        assertThat(mailsTo("xa.phucthan@example.vn")).hasSize(12);
        assertThat(mailsTo("xa.phucthan@example.vn").stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(12);
    }

    <T> List<T> inParallel(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReturnForSupplementationIsMailedToTheFilingUnitWithTheReasonAndTheDeadlineReminderComesOnce() throws Exception {
        String code = driver.toAppraisal("BK_TINH");
        LocalDate deadline = calendar.plusWorkingDays(today, 6);
        returnWithDeadline(code, deadline);
        sender.sendDue(Instant.now());

        List<MimeMessage> returned = mailsTo("xa.pusamcap@example.vn");
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).getSubject()).isEqualTo("[Thi đua - Khen thưởng] Hồ sơ " + code + " bị trả lại, yêu cầu bổ sung");
        assertThat(text(returned.get(0))).contains("Kính gửi ông/bà Lò Văn Thắng,", "Giàng A Chứ", "Bằng khen", "Thẩm định cấp tỉnh",
                "Bổ sung biên bản họp bình xét của thôn", "Hạn bổ sung: " + Letters.day(deadline), "/ho-so.html?code=" + code);

        // Six working days before: too early. On the day two working days before, and again later: one reminder.
        assertThat(reminders.run(today)).isZero();
        LocalDate twoBefore = today;
        while (calendar.workingDaysBetween(twoBefore, deadline) > 2) {
            twoBefore = twoBefore.plusDays(1);
        }
        assertThat(reminders.run(twoBefore)).isEqualTo(1);
        assertThat(reminders.run(twoBefore)).isZero();
        assertThat(reminders.run(deadline)).isZero();
        sender.sendDue(Instant.now());
        List<MimeMessage> all = mailsTo("xa.pusamcap@example.vn");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).getSubject()).isEqualTo("[Thi đua - Khen thưởng] Hồ sơ " + code + " sắp hết hạn bổ sung (" + Letters.day(deadline) + ")");
        assertThat(text(all.get(1))).contains("chậm nhất ngày " + Letters.day(deadline), "còn 2 ngày làm việc");
    }

    @Test
    void aCommuneOfficialReturningToTheirOwnUnitGetsNoMailAboutIt() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "return", "Bổ sung ảnh công trình");

        assertThat(outboxRows("RETURNED", "xa.pusamcap")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where kind = 'RETURNED'", Integer.class)).isZero();
    }

    @Test
    void noReminderOnceTheSupplementIsSent() {
        String code = driver.toAppraisal("BK_TINH");
        LocalDate deadline = calendar.plusWorkingDays(today, 3);
        returnWithDeadline(code, deadline);
        driver.complete("xa.pusamcap", code, NominationProcess.SUPPLEMENT_DOSSIER, Map.of());

        assertThat(reminders.run(deadline)).isZero();
        assertThat(outboxRows("DEADLINE", "xa.pusamcap")).isZero();
    }

    @Test
    void aRejectionIsMailedToTheFilingUnitWithItsReason() throws Exception {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "reject", "Thành tích chưa tiêu biểu");
        sender.sendDue(Instant.now());

        List<MimeMessage> received = mailsTo("xa.pusamcap@example.vn");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[Thi đua - Khen thưởng] Hồ sơ " + code + " không được khen thưởng");
        assertThat(text(received.get(0))).contains("Giàng A Chứ", "không được khen thưởng", "Thành tích chưa tiêu biểu", "/ho-so.html?code=" + code);
    }

    @Test
    void anAwardIsMailedToTheFilingUnitWithTheDecisionAndTheSignersName() throws Exception {
        String code = driver.toAppraisal("BK_TINH");
        driver.review("tinh.thamdinh", code, NominationProcess.PROVINCIAL_APPRAISAL, "approve", null);
        driver.complete("tinh.chutich", code, NominationProcess.DECISION,
                Map.of(NominationProcess.DECISION_NUMBER, "2551/QĐ-UBND", NominationProcess.DECISION_DATE, "2019-12-20"));
        sender.sendDue(Instant.now());

        List<MimeMessage> received = mailsTo("xa.pusamcap@example.vn");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[Thi đua - Khen thưởng] Hồ sơ " + code + " đã được khen thưởng");
        assertThat(text(received.get(0))).contains("Giàng A Chứ", "Quyết định số 2551/QĐ-UBND ngày 20/12/2019", "người ký: Hà Văn Phúc")
                .doesNotContain("tinh.chutich");
        // The chairman's decision task reached him by digest, not by a mail of its own.
        assertThat(mailsTo("tinh.chutich@example.vn")).isEmpty();
    }

    @Test
    void aPersonWhoTurnedAKindOffGetsNoneOfItButStillTheOthers() throws Exception {
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"REJECTED\", \"enabled\": false}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferences[?(@.kind == 'REJECTED')].enabled").value(false))
                .andExpect(jsonPath("$.preferences[?(@.kind == 'TASK_DIGEST')].enabled").value(true));

        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        driver.review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "reject", "Không đủ tiêu chuẩn");
        driver.start("BK_TINH"); // a task still open tonight: the digest, which stays on
        digest.run(today);
        sender.sendDue(Instant.now());

        List<MimeMessage> received = mailsTo("xa.pusamcap@example.vn");
        assertThat(received).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("Việc mới cần xử lý"));
        mvc.perform(get("/api/me/notifications").with(user("xa.pusamcap")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lò Văn Thắng"))
                .andExpect(jsonPath("$.mailOn").value(true))
                .andExpect(jsonPath("$.recent[?(@.kind == 'REJECTED')].status").value("OPTED_OUT"))
                .andExpect(jsonPath("$.recent[?(@.kind == 'REJECTED')].statusLabel").value("Không gửi (đã tắt loại này)"))
                .andExpect(jsonPath("$.recent[?(@.kind == 'TASK_DIGEST')].status").value("SENT"));
    }

    @Test
    void aFailedMailIsRetriedWithAGrowingWaitAndItsErrorKeptThenGivenUp() throws Exception {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1); // nothing listens: a real connection refused
        MockEnvironment env = new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1");
        NotificationProperties offline = new NotificationProperties(settings.baseUrl(), settings.from(), settings.zone(), settings.digestCron(),
                settings.deadlineCron(), 2, settings.sendInterval(), settings.claimTimeout(), 3, Duration.ofMinutes(1), false,
                NotificationProperties.DemoMailboxMode.OFF, 0);
        Mailer broken = new Mailer(offline, env, new StaticListableBeanFactory(Map.of("mail", nowhere)).getBeanProvider(JavaMailSender.class));
        OutboxSender failing = new OutboxSender(outbox, broken, offline);
        outbox.enqueue("test-retry", "xa.pusamcap", NotificationKind.AWARDED, null, new Letters.Letter("Thử", "Nội dung", "<p>x</p>"), Instant.now());
        Instant t0 = Instant.now();

        assertThat(failing.sendDue(t0)).isZero();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_error, next_attempt_at from notification_outbox where event_key = 'test-retry'");
        assertThat(row).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
        assertThat((String) row.get("LAST_ERROR")).contains("MailSendException");
        assertThat(failing.sendDue(t0.plusSeconds(30))).isZero();
        assertThat(jdbc.queryForObject("select attempts from notification_outbox where event_key = 'test-retry'", Integer.class)).isEqualTo(1);
        assertThat(failing.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(failing.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(failing.backoff(3)).isEqualTo(Duration.ofMinutes(4));

        failing.sendDue(t0.plusSeconds(61));
        assertThat(jdbc.queryForObject("select attempts from notification_outbox where event_key = 'test-retry'", Integer.class)).isEqualTo(2);
        failing.sendDue(t0.plusSeconds(61 + 121));
        assertThat(jdbc.queryForMap("select status, attempts from notification_outbox where event_key = 'test-retry'"))
                .containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
        assertThat(sender.sendDue(t0.plusSeconds(3600))).isZero();
        assertThat(mails()).isEmpty();
    }

    @Test
    void theApiShowsAndChangesOnlyTheSignedInPersonsOwnSettings() throws Exception {
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"RETURNED\", \"enabled\": false}]}"))
                .andExpect(status().isOk());
        outbox.enqueue("test-own", "xa.pusamcap", NotificationKind.AWARDED, "LC-2019-000001", new Letters.Letter("Riêng của xã", "x", "x"), Instant.now());

        // Another user sees their own defaults and none of the other's mails, whatever they add to the request.
        mvc.perform(get("/api/me/notifications").param("userId", "xa.pusamcap").with(user("huyen.sinho")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Tao Văn Hùng"))
                .andExpect(jsonPath("$.email").value("huyen.sinho@example.vn"))
                .andExpect(jsonPath("$.preferences[?(@.kind == 'RETURNED')].enabled").value(true))
                .andExpect(jsonPath("$.recent.length()").value(0));
        mvc.perform(put("/api/me/notifications").with(user("huyen.sinho")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"xa.pusamcap\", \"preferences\": [{\"kind\": \"RETURNED\", \"enabled\": true}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").exists());
        mvc.perform(put("/api/me/notifications").param("userId", "xa.pusamcap").with(user("huyen.sinho")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"AWARDED\", \"enabled\": false}]}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select kind from notification_preference where user_id = 'xa.pusamcap' and enabled = false", String.class))
                .containsExactly("RETURNED");
        assertThat(jdbc.queryForList("select kind from notification_preference where user_id = 'huyen.sinho' and enabled = false", String.class))
                .containsExactly("AWARDED");

        // Nobody signed in: 401; a change without the CSRF token of a browser session: 403.
        mvc.perform(get("/api/me/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"RETURNED\", \"enabled\": true}]}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select enabled from notification_preference where user_id = 'xa.pusamcap' and kind = 'RETURNED'", Boolean.class))
                .isFalse();
    }

    @Test
    void badChoicesAreRefusedWhole() throws Exception {
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"AWARDED\", \"enabled\": false}, {\"kind\": \"SPAM\", \"enabled\": false}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Loại thông báo không có: SPAM")))
                .andExpect(jsonPath("$.detailEn").value("unknown kind SPAM"));
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"AWARDED\", \"enabled\": false}, {\"kind\": \"RETURNED\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detailEn").value("enabled missing for RETURNED"));
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferences\": [{\"kind\": \"AWARDED\", \"enabled\": false}, {\"kind\": \"AWARDED\", \"enabled\": true}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/me/notifications").with(user("xa.pusamcap")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Integer.class)).isZero();
    }

    @Test
    void theDemoMailboxIsForAdministratorsOnly() throws Exception {
        driver.start("BK_TINH");
        digest.run(today);
        sender.sendDue(Instant.now());

        mvc.perform(get("/api/demo-mailbox").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].to").value("xa.pusamcap@example.vn"))
                .andExpect(jsonPath("$[0].subject").value(org.hamcrest.Matchers.startsWith("[Thi đua - Khen thưởng] Việc mới cần xử lý")))
                .andExpect(jsonPath("$[0].text").value(org.hamcrest.Matchers.containsString("Lò Văn Thắng")));
        mvc.perform(get("/hop-thu-demo.html").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        for (String other : List.of("thanhtra", "xa.pusamcap", "tinh.chutich")) {
            mvc.perform(get("/api/demo-mailbox").with(httpBasic(other, "demo"))).andExpect(status().isForbidden());
            mvc.perform(get("/hop-thu-demo.html").with(httpBasic(other, "demo"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/thong-bao.html").with(httpBasic("xa.pusamcap", "demo"))).andExpect(status().isOk());
    }
}
