package vn.khenthuong.workflow.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.khenthuong.workflow.guard.FormVariableAllowList;

/**
 * processes/revocation.bpmn, its allow-list and its forms agree with {@link RevocationProcess}: every id the Java names
 * exists, every user task and the start event declare their variables (and nothing the process sets itself), every form
 * binds only declared variables, and the ground table's key is the one the Java evaluates.
 */
class RevocationProcessContractTest {

    static BpmnModelInstance model() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("processes/revocation.bpmn"))) {
            return Bpmn.readModelFromStream(in);
        }
    }

    static FormVariableAllowList allowList() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("processes/revocation.form-variables.yaml"))) {
            return FormVariableAllowList.parse(in);
        }
    }

    @Test
    void theJavaNamesOnlyIdsOfTheDiagram() throws IOException {
        BpmnModelInstance m = model();
        assertThat((Object) m.getModelElementById(RevocationProcess.PROCESS_KEY)).isNotNull();
        for (String id : List.of(RevocationProcess.START, RevocationProcess.OPEN, RevocationProcess.APPRAISE, RevocationProcess.SUPPLEMENT,
                RevocationProcess.DECIDE, RevocationProcess.RECORD_RECOVERY)) {
            assertThat((Object) m.<FlowElement>getModelElementById(id)).as(id).isNotNull();
        }
        assertThat(Files.readString(Path.of("processes/revocationGround.dmn"))).contains("<decision id=\"" + RevocationProcess.GROUND_DECISION + "\"");
    }

    @Test
    void everyStepDeclaresItsVariablesAndNoneThatSteers() throws IOException {
        BpmnModelInstance m = model();
        FormVariableAllowList list = allowList();
        assertThat(list.processKey()).isEqualTo(RevocationProcess.PROCESS_KEY);
        Set<String> steps = m.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).collect(Collectors.toSet());
        steps.addAll(m.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getId).toList());
        assertThat(list.stepIds()).containsExactlyInAnyOrderElementsOf(steps);
        Set<String> processOnly = Set.of(RevocationProcess.INITIATOR, RevocationProcess.CASE_ID, RevocationProcess.CASE_CODE, RevocationProcess.BOARD_UNIT,
                RevocationProcess.DECIDING_UNIT, RevocationProcess.AMOUNT_TO_RECOVER, RevocationProcess.APPRAISAL_OUTCOME, RevocationProcess.RECOVERY_DUE);
        for (String step : list.stepIds()) {
            assertThat(list.variablesOf(step).keySet()).as(step).doesNotContainAnyElementsOf(processOnly);
        }
    }

    @Test
    void everyFormExistsAndBindsOnlyWhatItsStepDeclares() throws IOException {
        BpmnModelInstance m = model();
        FormVariableAllowList list = allowList();
        Pattern binding = Pattern.compile("cam-variable-name=\"([^\"]+)\"");
        for (String step : list.stepIds()) {
            String formKey = m.getModelElementById(step).getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
            assertThat(formKey).as(step).isEqualTo("embedded:deployment:forms/" + step + ".html");
            String form = Files.readString(Path.of("forms/" + step + ".html"), StandardCharsets.UTF_8);
            Set<String> bound = binding.matcher(form).results().map(r -> r.group(1)).collect(Collectors.toSet());
            assertThat(list.variablesOf(step).keySet()).as(step).containsAll(bound);
        }
    }
}
