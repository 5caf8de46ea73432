package vn.khenthuong.council;

import java.util.List;
import java.util.Optional;

/** The council's open tasks as the workflow knows them; implemented in the workflow package. */
public interface CouncilTasks {

    /** The open councilVote task {@code taskId} if it is assigned to {@code userId}. */
    Optional<BallotTask> ballotTask(String taskId, String userId);

    /** The open recordWrittenBallots task {@code taskId} if {@code userId} may work on it (the council's secretary). */
    Optional<SecretaryTask> secretaryTask(String taskId, String userId);

    record BallotTask(String nominationCode, String councilUnit, String member, boolean secret) {
    }

    record SecretaryTask(String nominationCode, String councilUnit, List<String> members, boolean secret) {
    }
}
