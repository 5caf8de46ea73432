package vn.khenthuong.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.khenthuong.workflow.guard.FormVariableAllowList.Rule;

/** The allow-list beside the diagram says exactly what the forms submit: same variables, types and lengths. */
class FormVariableAllowListTest {

    static final Path DIAGRAM = Path.of("processes/nomination.bpmn");
    static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bcam-variable-name=\"([^\"]+)\"[^>]*>");
    static final Pattern TYPE = Pattern.compile("\\bcam-variable-type=\"([^\"]+)\"");
    static final Pattern MAX = Pattern.compile("\\bmaxlength=\"(\\d+)\"");

    record FormField(String type, Integer maxLength) {
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
        assertThat(allowList.processKey()).isEqualTo("nomination");
        // No step the diagram lacks (a renamed task), none missing.
        assertThat(allowList.stepIds()).containsExactlyInAnyOrderElementsOf(formKeys.keySet());

        for (Map.Entry<String, String> step : formKeys.entrySet()) {
            assertThat(step.getValue()).as("form of %s", step.getKey()).startsWith("embedded:deployment:forms/");
            Map<String, FormField> form = fields(Path.of(step.getValue().substring("embedded:deployment:".length())));
            Map<String, Rule> declared = allowList.variablesOf(step.getKey());
            Map<String, Rule> inForm = new LinkedHashMap<>(declared);
            inForm.values().removeIf(Rule::notInForm);
            assertThat(inForm.keySet()).as("variables of %s (yaml vs %s)", step.getKey(), step.getValue())
                    .containsExactlyInAnyOrderElementsOf(form.keySet());
            form.forEach((name, field) -> {
                Rule rule = declared.get(name);
                assertThat(rule.type().name()).as("type of %s.%s", step.getKey(), name).isEqualTo(field.type());
                if (field.maxLength() != null) {
                    assertThat(rule.maxLength()).as("maxLength of %s.%s", step.getKey(), name).isEqualTo(field.maxLength());
                }
            });
        }
    }

    @Test
    void theStateThatDecidesTheRouteIsNeverAFormVariable() throws Exception {
        FormVariableAllowList allowList = load();
        for (String step : allowList.stepIds()) {
            assertThat(allowList.variablesOf(step).keySet()).as(step).doesNotContain("initiator", "route", "lastStepOrder", "routeStep",
                    "stepLevel", "stepUnit", "councilMembers", "councilUnit", "secretBallot", "tierModel", "unitCode", "districtCode",
                    "provinceCode", "nominationCode", "supplementDue", "votePassed", "requiredShare", "quorum", "decisionSigner", "origin", "blockHeadUnit");
        }
        assertThat(allowList.variablesOf("communeReview").keySet()).containsExactlyInAnyOrder("outcome", "comment");
        assertThat(allowList.variablesOf("councilVote").keySet()).containsExactly("vote");
    }

    @Test
    void theFileSitsBesideTheDiagramItDescribes() {
        assertThat(FormVariableAllowList.resourceNameFor("processes/nomination.bpmn")).isEqualTo("processes/nomination.form-variables.yaml");
        assertThat(Files.exists(Path.of(FormVariableAllowList.resourceNameFor(DIAGRAM.toString())))).isTrue();
    }

    static FormVariableAllowList load() throws Exception {
        try (InputStream in = new FileInputStream(FormVariableAllowList.resourceNameFor(DIAGRAM.toString()))) {
            return FormVariableAllowList.parse(in);
        }
    }

    static Map<String, FormField> fields(Path form) throws Exception {
        String html = Files.readString(form);
        Map<String, FormField> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            String tag = m.group();
            Matcher type = TYPE.matcher(tag);
            Matcher max = MAX.matcher(tag);
            fields.put(m.group(2), new FormField(type.find() ? type.group(1) : "String", max.find() ? Integer.valueOf(max.group(1)) : null));
        }
        return fields;
    }
}
