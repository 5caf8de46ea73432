package vn.khenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import vn.khenthuong.notification.NotificationProperties.DemoMailboxMode;

/** When mail is on: a real SMTP host, the demo mailbox (first run on H2, demo profile), or off in production without a host. */
class MailerModesTest {

    static NotificationProperties settings(DemoMailboxMode mode) {
        return new NotificationProperties("https://thiduakhenthuong.laichau.gov.vn/", "Thi đua - Khen thưởng <a@b.vn>", ZoneId.of("Asia/Ho_Chi_Minh"),
                "0 30 16 * * *", "0 0 7 * * *", 2, Duration.ofSeconds(30), Duration.ofMinutes(5), 8, Duration.ofMinutes(1), false, mode, 0);
    }

    static Mailer mailer(DemoMailboxMode mode, MockEnvironment env, JavaMailSender configured) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(configured == null ? Map.of() : Map.of("mail", configured));
        return new Mailer(settings(mode), env, beans.getBeanProvider(JavaMailSender.class));
    }

    @Test
    void productionWithoutAMailHostSendsNothing() throws Exception {
        Mailer off = mailer(DemoMailboxMode.AUTO, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/kt"), null);
        assertThat(off.enabled()).isFalse();
        assertThat(off.demoMailbox()).isEmpty();
        assertThat(off.address("xa.pusamcap", Optional.empty())).isEmpty();
        off.destroy();
    }

    @Test
    void aMailHostIsUsedAndNoDemoMailboxStarts() throws Exception {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("smtp.laichau.gov.vn");
        Mailer on = mailer(DemoMailboxMode.AUTO, new MockEnvironment().withProperty("spring.mail.host", "smtp.laichau.gov.vn")
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"), smtp);
        assertThat(on.enabled()).isTrue();
        assertThat(on.demoMailbox()).isEmpty();
        assertThat(on.address("hd.sinho.2", Optional.empty())).isEmpty();
        on.destroy();
    }

    @Test
    void theFirstRunOnH2AndTheDemoProfileGetTheDemoMailbox() throws Exception {
        Mailer h2 = mailer(DemoMailboxMode.AUTO, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/khenthuong"), null);
        MockEnvironment demoOnPostgres = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/kt");
        demoOnPostgres.setActiveProfiles("demo");
        Mailer demo = mailer(DemoMailboxMode.AUTO, demoOnPostgres, null);
        Mailer forcedOff = mailer(DemoMailboxMode.OFF, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x"), null);
        try {
            assertThat(h2.enabled()).isTrue();
            assertThat(h2.demoMailbox()).isPresent();
            assertThat(h2.address("hd.sinho.2", Optional.empty())).contains("hd.sinho.2@hop-thu-demo.local");
            assertThat(h2.address("xa.pusamcap", Optional.of("xa.pusamcap@example.vn"))).contains("xa.pusamcap@example.vn");
            assertThat(demo.demoMailbox()).isPresent();
            assertThat(demo.demoMailbox().get().getSmtp().getPort()).isNotEqualTo(h2.demoMailbox().get().getSmtp().getPort());
            assertThat(forcedOff.enabled()).isFalse();
        } finally {
            h2.destroy();
            demo.destroy();
            forcedOff.destroy();
        }
        assertThat(settings(DemoMailboxMode.OFF).dossierLink("LC-2026-000012")).isEqualTo("https://thiduakhenthuong.laichau.gov.vn/ho-so.html?code=LC-2026-000012");
    }
}
