package vn.khenthuong.council;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Roles;

/**
 * What the council secretary does during a meeting, through their open recordWrittenBallots task: mark members
 * absent (with the paper's reference), undo that, and record the written ballot of an absent member, which closes
 * that member's own vote task in the same transaction. Anyone else finds no such task (404).
 */
@Service
public class CouncilSecretary {

    private final CouncilTasks tasks;
    private final CouncilRounds rounds;
    private final Ballots ballots;

    CouncilSecretary(CouncilTasks tasks, CouncilRounds rounds, Ballots ballots) {
        this.tasks = tasks;
        this.rounds = rounds;
        this.ballots = ballots;
    }

    /** The open meeting behind the secretary's task, for the secretary of the round's council only. */
    public record Meeting(CouncilRound round, List<RosterEntry> roster) {
    }

    @Transactional(readOnly = true)
    public Meeting meeting(String taskId, Official secretary) {
        CouncilRound round = round(taskId, secretary);
        return new Meeting(round, rounds.roster(round));
    }

    @Transactional
    public RosterEntry markAbsent(String taskId, Official secretary, String member, String reference) {
        CouncilRound round = round(taskId, secretary);
        return ballots.markAbsent(round.processInstanceId(), member, reference, secretary.userId());
    }

    @Transactional
    public RosterEntry markPresent(String taskId, Official secretary, String member) {
        CouncilRound round = round(taskId, secretary);
        return ballots.markPresent(round.processInstanceId(), member, secretary.userId());
    }

    /** Records the written ballot and completes the member's councilVote task: both or neither. */
    @Transactional
    public void recordWritten(String taskId, Official secretary, String member, String vote, String paperReference) {
        CouncilRound round = round(taskId, secretary);
        ballots.castWritten(round.processInstanceId(), member, vote, paperReference, secretary.userId());
        tasks.closeBallotTask(round.processInstanceId(), member);
    }

    private CouncilRound round(String taskId, Official secretary) {
        CouncilTasks.SecretaryTask task = tasks.secretaryTask(taskId, secretary.userId()).orElseThrow(() -> noTask());
        CouncilRound round = rounds.openRound(task.processInstanceId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "Phiên họp Hội đồng không mở / the council meeting is not open"));
        // The task's candidate group came from the process; the round's unit comes from our table: both must agree.
        if (!secretary.unitsAs(Roles.COUNCIL_SECRETARY).contains(round.councilUnit())) {
            throw noTask();
        }
        return round;
    }

    private static ResponseStatusException noTask() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có nhiệm vụ thư ký Hội đồng đang mở với mã này / no open council secretary task with this id");
    }
}
