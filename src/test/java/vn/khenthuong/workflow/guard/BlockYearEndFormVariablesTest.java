package vn.khenthuong.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.khenthuong.workflow.guard.FormVariableAllowList.Rule;

/**
 * processes/blockYearEnd.form-variables.yaml names exactly the variables each step's form sets (forms/*.html), and the
 * guard refuses anything else: results, evidence and ballots travel through /api/block-year-ends, never as variables.
 */
class BlockYearEndFormVariablesTest {

    static final Path DIAGRAM = Path.of("processes/blockYearEnd.bpmn");

    static FormVariableAllowList load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(FormVariableAllowList.resourceNameFor(DIAGRAM.toString())))) {
            return FormVariableAllowList.parse(in);
        }
    }

    @Test
    void everyStepOfTheDiagramHasExactlyTheVariablesOfItsForm() throws Exception {
        FormVariableAllowList allowList = load();
        BpmnModelInstance model = Bpmn.readModelFromFile(DIAGRAM.toFile());
        Map<String, String> formKeys = new LinkedHashMap<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof Process && start.getCamundaFormKey() != null) {
                formKeys.put(start.getId(), start.getCamundaFormKey());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            formKeys.put(task.getId(), task.getCamundaFormKey());
        }
        assertThat(allowList.processKey()).isEqualTo("blockYearEnd");
        assertThat(allowList.stepIds()).containsExactlyInAnyOrder("startBlockYearEnd", "enterBlockResults", "checkBlockResults", "castBlockBallot",
                "submitBlockProposals")
                .containsExactlyInAnyOrderElementsOf(formKeys.keySet());
        for (Map.Entry<String, String> step : formKeys.entrySet()) {
            assertThat(step.getValue()).startsWith("embedded:deployment:forms/");
            Path form = Path.of(step.getValue().substring("embedded:deployment:".length()));
            Map<String, FormVariableAllowListTest.FormField> fields = FormVariableAllowListTest.fields(form);
            Map<String, Rule> declared = allowList.variablesOf(step.getKey());
            assertThat(declared.keySet()).as("variables of %s", step.getKey()).containsExactlyInAnyOrderElementsOf(fields.keySet());
            fields.forEach((name, field) -> {
                assertThat(declared.get(name).type().name()).as("type of %s.%s", step.getKey(), name).isEqualTo(field.type());
                // A select's options bound its length; a typed field carries its maxlength, which must be the file's.
                if (field.maxLength() != null) {
                    assertThat(declared.get(name).maxLength()).as("maxLength of %s.%s", step.getKey(), name).isEqualTo(field.maxLength());
                }
            });
        }
        assertThat(allowList.variablesOf("castBlockBallot")).isEmpty();
        assertThat(allowList.variablesOf("enterBlockResults")).isEmpty();
    }

    @Test
    void anExtraVariableIsRefused() throws Exception {
        FormVariableAllowList allowList = load();
        VariableGuard.checkVariables(allowList, "checkBlockResults", Map.of("outcome", "accept", "returnReason", "Đủ minh chứng"));
        for (String steering : new String[] {"roundId", "headUnit", "memberUnit", "resultsAccepted", "initiator", "vote", "confirm"}) {
            assertThatThrownBy(() -> VariableGuard.checkVariables(allowList, "checkBlockResults", Map.of("outcome", "accept", steering, "x")))
                    .isInstanceOf(VariableRefusedException.class).hasMessageContaining(steering);
        }
        assertThatThrownBy(() -> VariableGuard.checkVariables(allowList, "castBlockBallot", Map.of("proposedUnits", "sinho")))
                .isInstanceOf(VariableRefusedException.class);
        assertThatThrownBy(() -> VariableGuard.checkVariables(allowList, "startBlockYearEnd", Map.of("blockCode", "KHOI_HUYEN_TP", "year", "20190")))
                .isInstanceOf(VariableRefusedException.class).hasMessageContaining("4");
    }
}
