package vn.khenthuong.council;

import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * Casting ballots and the secretary's meeting. A member's ballot goes through here, not through a task variable, so
 * that a secret ballot leaves no trace in the engine's history: the councilVote task is then completed without a vote.
 */
@RestController
class CouncilController {

    private final Ballots ballots;
    private final CouncilTasks tasks;
    private final CouncilSecretary secretary;
    private final Officials officials;
    private final CouncilRounds rounds;

    CouncilController(Ballots ballots, CouncilTasks tasks, CouncilSecretary secretary, Officials officials, CouncilRounds rounds) {
        this.rounds = rounds;
        this.ballots = ballots;
        this.tasks = tasks;
        this.secretary = secretary;
        this.officials = officials;
    }

    record BallotRequest(String vote) {
    }

    record WrittenBallotRequest(String member, String vote, String paperReference) {
    }

    record AbsenceRequest(String member, String reference) {
    }

    /** A member as the secretary sees them: present or absent, whether they took part; never how they voted. */
    record MemberPresence(String member, String displayName, boolean tookPart, boolean absent, String absenceReference,
                          String absenceMarkedBy, OffsetDateTime absenceMarkedAt, boolean written, String writtenReference) {

        static MemberPresence of(RosterEntry e) {
            return new MemberPresence(e.member(), e.displayName(), e.tookPart(), e.absent(), e.absenceReference(), e.absenceMarkedBy(),
                    e.absenceMarkedAt(), e.written(), e.writtenReference());
        }
    }

    record Meeting(String nominationCode, String councilUnit, int round, boolean secret, String compositionSource,
                   OffsetDateTime openedAt, List<MemberPresence> members) {
    }

    @PostMapping("/api/council/ballots/{taskId}")
    @Operation(summary = "A council member casts their ballot for their own councilVote task (then completes the task)")
    ResponseEntity<Void> cast(@PathVariable String taskId, @RequestBody(required = false) BallotRequest request) {
        Official me = officials.current();
        CouncilTasks.BallotTask task = tasks.ballotTask(taskId, me.userId()).orElseThrow(() -> tasks.endedBallotTask(taskId, me.userId())
                // Their own task that ended: either they took part already, or the meeting closed before this ballot.
                .map(pi -> new ResponseStatusException(HttpStatus.CONFLICT, rounds.openRound(pi).isPresent()
                        ? "Bạn đã bỏ phiếu trong lần biểu quyết này / you have already voted in this round" : CouncilRounds.MEETING_ENDED))
                .orElseGet(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Không có phiếu biểu quyết đang mở của bạn với mã này / no open ballot task of yours with this id")));
        ballots.castOwn(task.processInstanceId(), me.userId(), request == null ? null : request.vote());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/council/meetings/{taskId}")
    @Operation(summary = "For the council secretary: the roster fixed at opening, absences and who took part so far (never how they voted)")
    Meeting meeting(@PathVariable String taskId) {
        CouncilSecretary.Meeting m = secretary.meeting(taskId, officials.current());
        CouncilRound r = m.round();
        return new Meeting(r.nominationCode(), r.councilUnit(), r.round(), r.secret(), r.compositionSource(), r.openedAt(),
                m.roster().stream().map(MemberPresence::of).toList());
    }

    @PostMapping("/api/council/meetings/{taskId}/absences")
    @Operation(summary = "The council secretary marks a member absent, with the reference of the paper")
    MemberPresence absent(@PathVariable String taskId, @RequestBody(required = false) AbsenceRequest request) {
        if (request == null || request.member() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Chọn thành viên vắng mặt / member is required");
        }
        return MemberPresence.of(secretary.markAbsent(taskId, officials.current(), request.member(), request.reference()));
    }

    @DeleteMapping("/api/council/meetings/{taskId}/absences/{member}")
    @Operation(summary = "The council secretary undoes an absence while the member has no ballot")
    ResponseEntity<Void> present(@PathVariable String taskId, @PathVariable String member) {
        secretary.markPresent(taskId, officials.current(), member);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/council/meetings/{taskId}/written-ballots")
    @Operation(summary = "The council secretary records the written ballot of a member marked absent; the member's vote task closes")
    ResponseEntity<Void> written(@PathVariable String taskId, @RequestBody(required = false) WrittenBallotRequest request) {
        if (request == null || request.member() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Chọn thành viên vắng mặt / member is required");
        }
        secretary.recordWritten(taskId, officials.current(), request.member(), request.vote(), request.paperReference());
        return ResponseEntity.noContent().build();
    }
}
