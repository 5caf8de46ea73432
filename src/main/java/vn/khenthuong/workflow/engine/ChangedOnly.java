package vn.khenthuong.workflow.engine;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Writes a process variable only when its value changes: with history level full every write costs a runtime
 * update, a history read and update and a detail row, and a value rewritten unchanged tells an auditor nothing.
 */
public final class ChangedOnly {

    private ChangedOnly() {
    }

    public static void set(VariableScope scope, String name, Object value) {
        if (!Objects.equals(value, scope.getVariable(name))) {
            scope.setVariable(name, value);
        }
    }
}
