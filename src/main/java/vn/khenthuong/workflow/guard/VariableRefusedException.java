package vn.khenthuong.workflow.guard;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A completion, form submission or start carrying a variable its step does not accept (or of the wrong type, or too
 * long). A {@link BadUserRequestException}: REST answers 400 and the engine does not log it as an error.
 */
public class VariableRefusedException extends BadUserRequestException {

    private final String variable;

    public VariableRefusedException(String variable, String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
