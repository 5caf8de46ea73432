package vn.khenthuong.workflow.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import vn.khenthuong.workflow.engine.ActingUser;

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
    /** The tasks whose engine authorization check (TASK_WORK) the guard made and passed in this command. */
    private final Set<String> authorized = new HashSet<>();
    private boolean prefetched;

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
        prefetch();
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

    /** The guard made the engine's own authorization check of completing this task, and it passed, in this command. */
    void authorized(String taskId) {
        authorized.add(taskId);
    }

    /**
     * Reads every task of the batch in one query into the command's entity cache, where the admission, the guard and
     * the completion each find it instead of reading it one by one. Read without authorization checks: it answers
     * nobody, and each task's own check comes after (the guard's, or the completion's).
     */
    private void prefetch() {
        if (prefetched) {
            return;
        }
        prefetched = true;
        CommandContext context = Context.getCommandContext();
        ActingUser.withoutAuthorizationChecks(context, () -> context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
                .taskIdIn(taskIds.toArray(String[]::new)).list());
    }

    @Override
    public Void execute(CommandContext context) {
        prefetch();
        var taskService = context.getProcessEngineConfiguration().getTaskService();
        for (String id : taskIds) {
            try {
                if (!admitted) {
                    admission.accept(id); // not judged: an administrator, as for one completion
                }
                if (authorized.contains(id)) {
                    // The engine's check of this completion (TASK_WORK as this user) was made by the guard in this very
                    // command and passed; the completion would ask the database the same question again.
                    ActingUser.withoutAuthorizationChecks(context, () -> {
                        taskService.complete(id, variables);
                        return null;
                    });
                } else {
                    taskService.complete(id, variables);
                }
            } catch (TaskFailed failed) {
                throw failed;
            } catch (RuntimeException failed) {
                throw new TaskFailed(id, failed);
            }
        }
        return null;
    }
}
