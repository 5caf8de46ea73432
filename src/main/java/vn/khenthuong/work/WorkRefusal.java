package vn.khenthuong.work;

/** Why one task of a batch was not completed: the kind (for clients) and the reason in Vietnamese and English. */
public record WorkRefusal(Kind kind, String reason, String reasonEn) {

    public enum Kind {
        /** No such task waits for this official (not theirs, not of this step, or unknown). */
        NOT_YOURS,
        /** The task was completed before (by them or a colleague). */
        ALREADY_DONE,
        /** A rule of the step refused the answer (the same refusal Tasklist would show). */
        REFUSED,
        /** Someone else completed or changed it at the same moment. */
        CONFLICT,
        /** A technical failure; nothing of this task was written. */
        FAILED
    }

    public static WorkRefusal notYours() {
        return new WorkRefusal(Kind.NOT_YOURS, "Nhiệm vụ không có trong danh sách chờ xử lý của bạn (không thuộc quyền của bạn hoặc không phải bước này)",
                "this task is not waiting for you (not yours, or not of this step)");
    }

    public static WorkRefusal alreadyDone() {
        return new WorkRefusal(Kind.ALREADY_DONE, "Nhiệm vụ đã được xử lý trước đó", "the task was already completed");
    }

    public String describe() {
        return reason + " / " + reasonEn;
    }
}
