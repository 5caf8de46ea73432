package vn.khenthuong.workflow.guard;

import org.camunda.bpm.engine.AuthorizationException;

/** An engine operation that only administrators may run (it writes process state); REST answers 403. */
public class CommandRefusedException extends AuthorizationException {

    public CommandRefusedException(String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
    }
}
