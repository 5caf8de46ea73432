package vn.khenthuong.workflow.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khenthuong.input.YamlFiles;

/**
 * What each step of a process lets its user submit, read from {@code processes/<process>.form-variables.yaml}: per
 * user task id (and start event id), the variables of its form with their type and maximum length. The file is
 * deployed with the diagram, so the guard reads the list of the very deployment a task belongs to.
 */
public record FormVariableAllowList(String processKey, Map<String, Map<String, Rule>> steps) {

    /** Types a form may submit, by the name {@code cam-variable-type} uses. */
    public enum Type {
        String, Boolean, Long, Integer, Double, Date
    }

    /** One variable a step accepts; {@code notInForm}: accepted from REST clients although the form does not send it. */
    public record Rule(Type type, int maxLength, boolean notInForm) {
    }

    public static final String SUFFIX = ".form-variables.yaml";

    /** {@code processes/nomination.bpmn} → {@code processes/nomination.form-variables.yaml}. */
    public static String resourceNameFor(String diagramResourceName) {
        int dot = diagramResourceName.lastIndexOf('.');
        int slash = diagramResourceName.lastIndexOf('/');
        return (dot > slash ? diagramResourceName.substring(0, dot) : diagramResourceName) + SUFFIX;
    }

    /** A process deployed without the file: no step accepts any variable. */
    static FormVariableAllowList none(String processKey) {
        return new FormVariableAllowList(processKey, Map.of());
    }

    public static FormVariableAllowList parse(InputStream in) {
        try {
            JsonNode root = YamlFiles.readTree(in);
            Map<String, Map<String, Rule>> steps = new LinkedHashMap<>();
            JsonNode stepNodes = root.path("steps");
            stepNodes.fieldNames().forEachRemaining(step -> {
                Map<String, Rule> rules = new LinkedHashMap<>();
                JsonNode variables = stepNodes.get(step);
                if (variables != null && variables.isObject()) {
                    variables.fieldNames().forEachRemaining(name -> {
                        JsonNode v = variables.get(name);
                        int max = v.path("maxLength").asInt(0);
                        if (max <= 0 && !"Boolean".equals(v.path("type").asText())) {
                            throw new IllegalArgumentException("form-variables: " + step + "." + name + " needs a positive maxLength");
                        }
                        rules.put(name, new Rule(Type.valueOf(v.path("type").asText("String")), max, v.path("notInForm").asBoolean(false)));
                    });
                }
                steps.put(step, Collections.unmodifiableMap(rules));
            });
            return new FormVariableAllowList(root.path("process").asText(), Collections.unmodifiableMap(steps));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form variable allow-list", e);
        }
    }

    public boolean declares(String stepId) {
        return stepId != null && steps.containsKey(stepId);
    }

    /** The variables the step accepts; none for a step the file does not name. */
    public Map<String, Rule> variablesOf(String stepId) {
        // A standalone task has no step id; it accepts nothing (and the immutable map refuses a null key).
        return stepId == null ? Map.of() : steps.getOrDefault(stepId, Map.of());
    }

    public Optional<Rule> rule(String stepId, String variable) {
        return Optional.ofNullable(variablesOf(stepId).get(variable));
    }

    public Set<String> stepIds() {
        return steps.keySet();
    }
}
