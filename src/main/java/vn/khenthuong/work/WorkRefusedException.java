package vn.khenthuong.work;

/** One task's completion refused; the engine's transaction of that task rolled back. */
public class WorkRefusedException extends RuntimeException {

    private final transient WorkRefusal refusal;

    public WorkRefusedException(WorkRefusal refusal) {
        super(refusal.describe());
        this.refusal = refusal;
    }

    public WorkRefusal refusal() {
        return refusal;
    }
}
