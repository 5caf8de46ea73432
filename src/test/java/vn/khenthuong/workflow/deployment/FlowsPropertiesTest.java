package vn.khenthuong.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** khenthuong.flows.directory: unset means the classpath; a folder that is not there stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class FlowsPropertiesTest {

    @EnableConfigurationProperties(FlowsProperties.class)
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class Settings {
    }

    static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.config.name=none").properties(properties).run();
    }

    @Test
    void unsetMeansTheClasspath() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(FlowsProperties.class).fromDirectory()).isFalse();
        }
    }

    @Test
    void scriptsAreRefusedUntilTheAdministratorAllowsThem() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(FlowsProperties.class).allowScripts()).isFalse();
        }
        try (ConfigurableApplicationContext context = start("khenthuong.flows.allow-scripts=true")) {
            assertThat(context.getBean(FlowsProperties.class).allowScripts()).isTrue();
        }
    }

    @Test
    void anExistingFolderIsTaken(@TempDir Path dir) {
        try (ConfigurableApplicationContext context = start("khenthuong.flows.directory=" + dir)) {
            assertThat(context.getBean(FlowsProperties.class).fromDirectory()).isTrue();
        }
    }

    @Test
    void aMissingFolderStopsTheStart(@TempDir Path dir, CapturedOutput output) {
        assertThatThrownBy(() -> start("khenthuong.flows.directory=" + dir.resolve("khong-co")))
                .isInstanceOf(ConfigurationPropertiesBindException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "khenthuong.flows.directory (KHENTHUONG_FLOWS_DIRECTORY) must name an existing folder");
    }
}
