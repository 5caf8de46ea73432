package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khenthuong.work.WorkStep;

/** The steps worked in batches name the BPMN's user tasks, whose candidates are the groups of the step's role. */
class WorkStepContractTest {

    @Test
    void everyBatchStepIsAUserTaskOfItsRolesCandidateGroups() throws Exception {
        String bpmn = Files.readString(Path.of("processes/nomination.bpmn"), StandardCharsets.UTF_8);
        assertThat(WorkStep.APPRAISAL.taskKey()).isEqualTo(NominationProcess.PROVINCIAL_APPRAISAL);
        assertThat(WorkStep.DECISION.taskKey()).isEqualTo(NominationProcess.DECISION);
        for (WorkStep step : WorkStep.values()) {
            assertThat(bpmn).containsPattern("<bpmn:userTask id=\"" + step.taskKey() + "\"[^>]*camunda:candidateGroups=\"" + step.role() + "\\.\\$\\{");
        }
    }
}
