package vn.khenthuong.workflow.deployment;

import jakarta.validation.constraints.AssertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Where the flows come from ({@code khenthuong.flows.*}).
 *
 * @param directory    a folder on the server holding processes/ and forms/, which an administrator may edit and redeploy
 *                     without a restart ({@code KHENTHUONG_FLOWS_DIRECTORY}); unset: the files shipped on the classpath
 * @param allowScripts the administrator's confirmation that deployments may carry scripts (script tasks, script
 *                     listeners, script conditions), which run with the server's rights; off by default, and then the
 *                     flow check refuses every deployment with a script ({@code KHENTHUONG_FLOWS_ALLOW_SCRIPTS})
 */
@Validated
@ConfigurationProperties("khenthuong.flows")
record FlowsProperties(String directory, boolean allowScripts) {

    @ConstructorBinding
    FlowsProperties {
    }

    FlowsProperties(String directory) {
        this(directory, false);
    }

    boolean fromDirectory() {
        return directory != null && !directory.isBlank();
    }

    @AssertTrue(message = "khenthuong.flows.directory (KHENTHUONG_FLOWS_DIRECTORY) must name an existing folder")
    boolean isDirectoryPresent() {
        return !fromDirectory() || Files.isDirectory(Path.of(directory));
    }
}
