package vn.khenthuong.audit;

import java.util.Optional;

/**
 * The Vietnamese names of the codes the trail and the search show (statuses, step outcomes, steps), from the one
 * table their owner keeps (implemented in nomination, which audit may not depend on: nomination writes to audit).
 */
public interface Vocabulary {

    /** The name of a nomination status, or the code itself when it is not one. */
    String statusName(String status);

    /** The name of a recorded step outcome, or the code itself when it is not one. */
    String outcomeName(String outcome);

    /** The name people read for BPMN step {@code stepId}, when the table has one (else the diagram's name is shown). */
    Optional<String> stepName(String stepId);
}
