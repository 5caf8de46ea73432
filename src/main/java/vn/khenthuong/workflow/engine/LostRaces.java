package vn.khenthuong.workflow.engine;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Tells a lost race from a failure: two officials completed (or claimed) the same task at once, or a task's process
 * moved on (the meeting closed, a deadline fired) between reading the task list and completing. The loser's work was
 * rolled back whole; they get 409 and the reason in Vietnamese, and the log one WARN line — it is not a fault of the
 * system (docs/van-hanh-nhieu-nut.md).
 */
public final class LostRaces {

    public static final String TITLE_VI = "Hồ sơ đã được người khác xử lý";
    public static final String DETAIL_VI = "Hồ sơ đã được người khác xử lý hoặc đã chuyển sang bước khác trong lúc bạn thao tác; "
            + "không có gì bị ghi. Hãy tải lại danh sách nhiệm vụ để xem bước hiện tại.";
    public static final String DETAIL_EN = "The task was completed or claimed by someone else, or its process moved on, while you worked on it; "
            + "nothing was written. Reload the task list to see the current step.";

    private LostRaces() {
    }

    /** The loser's side of a race, thrown by our own listeners (e.g. a ballot completing after the meeting closed). */
    public static class LostRaceException extends ProcessEngineException {
        private final String detailEn;

        public LostRaceException(String detailVi, String detailEn) {
            super(detailVi);
            this.detailEn = detailEn;
        }

        public String detailEn() {
            return detailEn;
        }
    }

    /** Whether {@code e}, or an exception it wraps, is the loser's side of a race. */
    public static boolean lost(Throwable e) {
        return cause(e) != null;
    }

    /** The exception in {@code e}'s cause chain that marks a lost race, or null. */
    public static Throwable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LostRaceException || t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
                    || t instanceof ConcurrencyFailureException) {
                return t;
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            // CompleteTaskCmd and friends: the task another official completed a moment ago is gone.
            if (t instanceof NullValueException && (message.contains("Cannot find task") || message.contains("does not exist"))) {
                return t;
            }
            // The execution of the task was removed by the winner (its process moved on) while this command ran.
            if (t instanceof ProcessEngineException && (message.contains("ENGINE-03005") || message.contains("list of executions is empty"))) {
                return t;
            }
            // The engine navigating from a task to an execution or process instance another transaction removed a moment
            // ago (e.g. the meeting's close terminating the ballot tasks): the entity it reads is null.
            if (t instanceof NullPointerException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("org.camunda.bpm.engine.impl.persistence.entity.")) {
                return t;
            }
            // PostgreSQL: serialization failure, deadlock; H2: concurrent update of a row.
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState())
                    || "90131".equals(sql.getSQLState()))) {
                return t;
            }
        }
        return null;
    }

    /** What the loser's answer says: our own exception's words, else the general message. */
    public static String detailVi(Throwable e) {
        return cause(e) instanceof LostRaceException own ? own.getMessage() : DETAIL_VI;
    }

    public static String detailEn(Throwable e) {
        return cause(e) instanceof LostRaceException own ? own.detailEn() : DETAIL_EN;
    }

    /** One line: who lost which race; no stack trace (it is not a fault). */
    public static String logLine(Throwable e) {
        Throwable c = cause(e);
        String message = c == null || c.getMessage() == null ? "" : c.getMessage().replaceAll("\\s+", " ");
        return (c == null ? e : c).getClass().getSimpleName() + ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }
}
