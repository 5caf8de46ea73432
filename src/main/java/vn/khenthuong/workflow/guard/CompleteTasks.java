package vn.khenthuong.workflow.guard;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Completes several tasks with one answer in one engine command: each is an ordinary completion ({@code TaskService.complete}
 * nested in this command, so the engine's own authorization check and the step's listeners run as they do for one task),
 * and the engine writes what all of them changed in one flush instead of one per task. {@link VariableGuard} judges this
 * command as it judges a single completion, for every task before any is completed: the user may work on the task, and
 * the answer holds only what the task's step allows. Nothing is written if any task fails ({@link TaskFailed} names it).
 */
public final class CompleteTasks implements Command<Void> {

    /** The task whose check or completion failed, with the engine's (or the admission's) exception as the cause. */
    public static final class TaskFailed extends RuntimeException {

        private final String taskId;

        TaskFailed(String taskId, RuntimeException cause) {
            super("Task " + taskId + ": " + cause.getMessage(), cause);
            this.taskId = taskId;
        }

        public String taskId() {
            return taskId;
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final List<String> taskIds;
    private final Map<String, Object> variables;
    private final Consumer<String> admission;
    /** Whether {@link #judge} already ran the admission of every task (inside this command, before it runs). */
    private boolean admitted;

    /**
     * @param admission the caller's own check of each task before its completion (whose task it is, of which step);
     *                  runs inside the command, as the signed-in user, and refuses by throwing
     */
    public CompleteTasks(List<String> taskIds, Map<String, Object> variables, Consumer<String> admission) {
        this.taskIds = List.copyOf(taskIds);
        this.variables = Map.copyOf(variables);
        this.admission = admission;
    }

    List<String> taskIds() {
        return taskIds;
    }

    Map<String, Object> variables() {
        return variables;
    }

    /**
     * Runs the caller's admission, then the guard's {@code check}, on every task (in this order, as for one task: the
     * caller's "not yours" comes before the guard's verdict on the answer), naming the task that failed.
     */
    void judge(Consumer<String> check) {
        for (String id : taskIds) {
            try {
                admission.accept(id);
                check.accept(id);
            } catch (RuntimeException refused) {
                throw new TaskFailed(id, refused);
            }
        }
        admitted = true;
    }

    @Override
    public Void execute(CommandContext context) {
        var taskService = context.getProcessEngineConfiguration().getTaskService();
        for (String id : taskIds) {
            try {
                if (!admitted) {
                    admission.accept(id); // not judged: an administrator, as for one completion
                }
                taskService.complete(id, variables);
            } catch (TaskFailed failed) {
                throw failed;
            } catch (RuntimeException failed) {
                throw new TaskFailed(id, failed);
            }
        }
        return null;
    }
}
