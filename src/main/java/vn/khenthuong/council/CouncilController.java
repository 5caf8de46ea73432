package vn.khenthuong.council;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * Casting ballots. A member's ballot goes through here, not through a task variable, so that a secret ballot
 * leaves no trace in the engine's history: the councilVote task is then completed without a vote.
 */
@RestController
class CouncilController {

    private final Ballots ballots;
    private final CouncilTasks tasks;
    private final Officials officials;

    CouncilController(Ballots ballots, CouncilTasks tasks, Officials officials) {
        this.ballots = ballots;
        this.tasks = tasks;
        this.officials = officials;
    }

    record BallotRequest(String vote) {
    }

    record WrittenBallotRequest(String member, String vote, String paperReference) {
    }

    record MemberPresence(String member, boolean tookPart) {
    }

    record Meeting(String nominationCode, String councilUnit, boolean secret, List<MemberPresence> members) {
    }

    @PostMapping("/api/council/ballots/{taskId}")
    @Operation(summary = "A council member casts their ballot for their own councilVote task (then completes the task)")
    ResponseEntity<Void> cast(@PathVariable String taskId, @RequestBody BallotRequest request) {
        Official me = officials.current();
        CouncilTasks.BallotTask task = tasks.ballotTask(taskId, me.userId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có phiếu biểu quyết đang mở của bạn với mã này / no open ballot task of yours with this id"));
        ballots.cast(task.nominationCode(), task.councilUnit(), me.userId(), request == null ? null : request.vote(), task.secret(),
                Ballots.IN_PERSON, null, me.userId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/council/meetings/{taskId}")
    @Operation(summary = "For the council secretary: which members took part so far (never how they voted)")
    Meeting meeting(@PathVariable String taskId) {
        CouncilTasks.SecretaryTask task = secretaryTask(taskId);
        Set<String> present = ballots.participants(task.nominationCode());
        return new Meeting(task.nominationCode(), task.councilUnit(), task.secret(),
                task.members().stream().map(m -> new MemberPresence(m, present.contains(m))).toList());
    }

    @PostMapping("/api/council/meetings/{taskId}/written-ballots")
    @Operation(summary = "The council secretary records the written ballot of an absent member, with the paper's reference")
    ResponseEntity<Void> written(@PathVariable String taskId, @RequestBody WrittenBallotRequest request) {
        CouncilTasks.SecretaryTask task = secretaryTask(taskId);
        if (request == null || request.member() == null || !task.members().contains(request.member())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Người này không phải thành viên Hội đồng " + task.councilUnit() + " / not a member of this council");
        }
        ballots.cast(task.nominationCode(), task.councilUnit(), request.member(), request.vote(), task.secret(), Ballots.WRITTEN,
                request.paperReference(), officials.current().userId());
        return ResponseEntity.noContent().build();
    }

    private CouncilTasks.SecretaryTask secretaryTask(String taskId) {
        return tasks.secretaryTask(taskId, officials.current().userId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có nhiệm vụ thư ký Hội đồng đang mở với mã này / no open council secretary task with this id"));
    }
}
