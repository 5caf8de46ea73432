package vn.khenthuong.council;

import java.util.Optional;

/** The council's open tasks as the workflow knows them; implemented in the workflow package. */
public interface CouncilTasks {

    /** The open councilVote task {@code taskId} if it is assigned to {@code userId}. */
    Optional<BallotTask> ballotTask(String taskId, String userId);

    /** The open recordWrittenBallots task {@code taskId} if {@code userId} may work on it (the council's secretary). */
    Optional<SecretaryTask> secretaryTask(String taskId, String userId);

    /**
     * Completes {@code member}'s open councilVote task of the process instance on the system's behalf, once the
     * secretary has recorded their written ballot: the member's vote task closes. In the caller's transaction.
     */
    void closeBallotTask(String processInstanceId, String member);

    /**
     * The process instance of {@code userId}'s councilVote task {@code taskId} if that task has ended (they completed
     * it, or the meeting closed and removed it): a ballot for it is then answered 409, not 404.
     */
    Optional<String> endedBallotTask(String taskId, String userId);

    record BallotTask(String processInstanceId, String member) {
    }

    record SecretaryTask(String processInstanceId) {
    }
}
