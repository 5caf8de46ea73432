package vn.khenthuong.work;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The port to the engine's user tasks for working through many at once; implemented in workflow.adapter. */
public interface WorkTasks {

    /**
     * The tasks of that step waiting for the user: those whose candidate group is one the user holds for the step's
     * role (role.unit, read from the engine at each call), unclaimed or claimed by them. Oldest first.
     */
    List<WaitingTask> waiting(String userId, WorkStep step);

    /**
     * Completes one task as the user, exactly as Tasklist would: the engine's authorization, the variable guard
     * (the step's allow-list) and the step's listeners apply, and the audit rows are written by the same listeners.
     * Runs in the caller's transaction if there is one, else in the engine's own.
     *
     * @throws WorkRefusedException with the reason for this task
     */
    void complete(String userId, String taskId, WorkStep step, Map<String, Object> answer);

    /**
     * Completes the tasks as the user, all or none, in the caller's transaction: each task checked and completed as
     * {@link #complete} does (the engine's authorization, the variable guard, the step's listeners and audit rows), with
     * the engine's writes of all of them made together instead of one task after another.
     *
     * @throws TaskOfBatchRefusedException naming the first task refused, with its reason; nothing was written
     * @throws WorkRefusedException when the batch failed as a whole (someone changed one of the tasks meanwhile)
     */
    void completeAll(String userId, List<String> taskIds, WorkStep step, Map<String, Object> answer);

    /** The task of that step a nomination waits at, whoever it waits for (for the checks of a decision); empty if none. */
    Optional<WaitingTask> waitingAt(String nominationCode, WorkStep step);

    /** Every task of that step waiting for the group role.unit (the board preparing its chairman's decision). */
    List<WaitingTask> waitingFor(String unitCode, WorkStep step);
}
