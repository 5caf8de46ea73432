package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** khenthuong.admin.*: an administrator without a password is refused at start-up, before any user is created. */
@ExtendWith(OutputCaptureExtension.class)
class AdminPropertiesTest {

    @EnableConfigurationProperties(AdminProperties.class)
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class Settings {
    }

    static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.config.name=none").properties(properties).run();
    }

    @Test
    void noAdministratorByDefault() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(AdminProperties.class).wanted()).isFalse();
        }
    }

    @Test
    void aUserWithoutPasswordStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("khenthuong.admin.user=quantri")).isInstanceOf(ConfigurationPropertiesBindException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "khenthuong.admin.password (KHENTHUONG_ADMIN_PASSWORD) must be set");
    }
}
