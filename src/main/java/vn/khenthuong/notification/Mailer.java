package vn.khenthuong.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Where mails go: the SMTP server of {@code spring.mail.*} (production), or the embedded GreenMail of the demo mailbox
 * (first run on H2, demo profile, tests), or nowhere — then notifications are off and nothing is written.
 * In the demo mailbox a person without an address gets one of the form {@code <user>@hop-thu-demo.local}, so a
 * newcomer sees every mail on {@code /hop-thu-demo.html}.
 */
@Component
class Mailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    static final String DEMO_DOMAIN = "hop-thu-demo.local";

    private final NotificationProperties settings;
    private final GreenMail demo;
    private final JavaMailSender sender;

    Mailer(NotificationProperties settings, Environment env, ObjectProvider<JavaMailSender> configured) {
        this.settings = settings;
        String host = env.getProperty("spring.mail.host");
        boolean hostSet = host != null && !host.isBlank();
        boolean h2 = env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        boolean demoOn = switch (settings.demoMailbox()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !hostSet && (h2 || env.matchesProfiles("demo"));
        };
        if (demoOn) {
            ServerSetup setup = new ServerSetup(settings.demoSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            demo = new GreenMail(settings.demoSmtpPort() == 0 ? setup.dynamicPort() : setup);
            demo.start();
            JavaMailSenderImpl local = new JavaMailSenderImpl();
            local.setHost("127.0.0.1");
            local.setPort(demo.getSmtp().getPort());
            local.setDefaultEncoding("UTF-8");
            sender = local;
            log.info("Hộp thư demo (GreenMail) nhận thư tại 127.0.0.1:{}; xem ở /hop-thu-demo.html / demo mailbox on port {}",
                    demo.getSmtp().getPort(), demo.getSmtp().getPort());
        } else {
            demo = null;
            sender = hostSet ? configured.getIfAvailable() : null;
            if (sender == null) {
                log.info("Không có máy chủ thư (SPRING_MAIL_HOST): thông báo qua thư điện tử tắt / no mail host: notifications off");
            }
        }
    }

    /** Whether notifications are written and sent at all. */
    boolean enabled() {
        return sender != null;
    }

    Optional<GreenMail> demoMailbox() {
        return Optional.ofNullable(demo);
    }

    /** The address a person's mail goes to: theirs, or in the demo mailbox one made up from their login. */
    Optional<String> address(String userId, Optional<String> known) {
        if (known.isPresent()) {
            return known;
        }
        return demo != null ? Optional.of(userId + "@" + DEMO_DOMAIN) : Optional.empty();
    }

    /** Sends one mail, plain text with an HTML alternative; throws {@link MailException} or {@link MessagingException}. */
    void send(String to, String subject, String text, String html) throws MessagingException {
        if (sender == null) {
            throw new IllegalStateException("Không có máy chủ thư / no mail server");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        InternetAddress from = new InternetAddress(settings.from(), false);
        if (from.getPersonal() != null) {
            try {
                from.setPersonal(from.getPersonal(), "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, html);
        sender.send(message);
    }

    @Override
    public void destroy() {
        if (demo != null) {
            demo.stop();
        }
    }
}
