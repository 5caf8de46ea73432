package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dossier page names every step an official can be waiting at in Vietnamese, never by its BPMN id. */
class LabelsTest {

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");

    @Test
    void everyUserTaskOfTheRouteHasAVietnameseName() throws IOException {
        String bpmn = Files.readString(Path.of("processes/nomination.bpmn"), StandardCharsets.UTF_8);
        List<String> tasks = USER_TASK.matcher(bpmn).results().map(m -> m.group(1)).toList();
        assertThat(tasks).isNotEmpty();
        assertThat(tasks).allSatisfy(id -> assertThat(Labels.stepName(id)).as(id).isNotEqualTo(id));
    }
}
