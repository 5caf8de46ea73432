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

    /** The trail, its PDF and the dossier page read values through here: no code, no ISO date, no blank (issue 17). */
    @Test
    void valuesReadAsWordsAndDatesDayFirst() {
        assertThat(Labels.value("outcome", "approve")).isEqualTo("Đồng ý");
        assertThat(Labels.value("status", "IN_PROGRESS")).isEqualTo(NominationStatus.find("IN_PROGRESS").orElseThrow().label()).doesNotContain("_");
        assertThat(Labels.value("vote", "abstain")).isEqualTo("Không biểu quyết");
        assertThat(Labels.value("nomineeKind", "HOUSEHOLD")).isEqualTo("Hộ gia đình");
        assertThat(Labels.value("supplementDeadline", "")).isEqualTo("(để trống)");
        assertThat(Labels.value("comment", null)).isEqualTo("(để trống)");
        assertThat(Labels.value("supplementDeadline", "2026-12-20")).isEqualTo("20/12/2026");
        assertThat(Labels.value("dueDate", "2026-12-06T11:24:00.000+0700")).isEqualTo("06/12/2026 11:24");
        assertThat(Labels.name("supplementDeadline")).isEqualTo("Hạn bổ sung");
        assertThat(Labels.name("assignee")).isEqualTo("Người xử lý");
        assertThat(Labels.documentKind("ACHIEVEMENT_REPORT")).isEqualTo("Báo cáo thành tích");
        assertThat(Labels.outcome("decision", "approve")).isEqualTo("Ký quyết định khen thưởng");
        assertThat(Labels.outcome("communeReview", "approve")).isEqualTo("Đồng ý");
    }
}
