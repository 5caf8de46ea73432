package vn.khenthuong.nomination;

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

/** khenthuong.nomination.*: defaults in the record, and a wrong value stops the start with a message naming it. */
@ExtendWith(OutputCaptureExtension.class)
class NominationPropertiesTest {

    @EnableConfigurationProperties(NominationProperties.class)
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class Settings {
    }

    static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.config.name=none").properties(properties).run();
    }

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        try (ConfigurableApplicationContext context = start()) {
            NominationProperties settings = context.getBean(NominationProperties.class);
            assertThat(settings.codePrefix()).isEqualTo("LC");
            assertThat(settings.maxDocumentBytes()).isEqualTo(10 * 1024 * 1024);
            assertThat(settings.allowedContentTypes()).containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
    }

    @Test
    void aCommaSeparatedListOfTypesIsRead() {
        try (ConfigurableApplicationContext context = start("khenthuong.nomination.allowed-content-types=application/pdf,image/png")) {
            assertThat(context.getBean(NominationProperties.class).allowedContentTypes()).containsExactlyInAnyOrder("application/pdf", "image/png");
        }
    }

    @Test
    void aNegativeDocumentLimitStopsTheStartNamingTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start("khenthuong.nomination.max-document-bytes=-1"))
                .isInstanceOf(ConfigurationPropertiesBindException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "khenthuong.nomination.max-document-bytes", "-1", "must be greater than 0");
    }

    @Test
    void aBlankCodePrefixStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("khenthuong.nomination.code-prefix= ")).isInstanceOf(ConfigurationPropertiesBindException.class);
        assertThat(output).contains("khenthuong.nomination.code-prefix", "must not be blank");
    }
}
