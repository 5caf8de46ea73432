package vn.khenthuong.work;

/** One task of a batch completed all or none ({@link WorkTasks#completeAll}) refused: which, and why; nothing of the batch was written. */
public class TaskOfBatchRefusedException extends WorkRefusedException {

    private final String taskId;

    public TaskOfBatchRefusedException(String taskId, WorkRefusal refusal) {
        super(refusal);
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
