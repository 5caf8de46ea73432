package vn.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/** The correction of a decision: the board proposes, the deciding chairman approves or refuses; readers see every step. */
@RestController
@Tag(name = "Đính chính quyết định khen thưởng", description = "Correction of an award decision")
class DecisionCorrectionController {

    record Proposal(String field, String correctedValue, String originalValue, String reason) {
    }

    record Approval(String decisionNumber, String decisionDate) {
    }

    record Refusal(String reason) {
    }

    private final DecisionCorrections corrections;
    private final Annulments lines;
    private final Officials officials;

    DecisionCorrectionController(DecisionCorrections corrections, Annulments lines, Officials officials) {
        this.corrections = corrections;
        this.lines = lines;
        this.officials = officials;
    }

    @GetMapping("/api/awards/{awardId}/corrections")
    @Operation(summary = "Corrections of an award's decision, with the original and the corrected values")
    List<DecisionCorrections.Correction> ofAward(@PathVariable long awardId) {
        Official official = officials.current();
        AwardLine line = lines.line(awardId).filter(l -> officials.canRead(official, l.unitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có khen thưởng số " + awardId + " / no such award"));
        return corrections.ofAward(line.id());
    }

    @GetMapping("/api/award-corrections/pending")
    @Operation(summary = "Corrections waiting for the signed-in chairman")
    List<DecisionCorrections.Correction> pending() {
        return corrections.pendingFor(officials.current().unitsAs(Roles.CHAIRMAN));
    }

    @PostMapping("/api/awards/{awardId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The provincial board proposes a correction (NOMINEE_NAME, BIRTH_DATE, UNIT)")
    DecisionCorrections.Correction propose(@PathVariable long awardId, @RequestBody Proposal body) {
        return corrections.propose(awardId, body.field(), body.correctedValue(), body.originalValue(), body.reason(), officials.current());
    }

    @PostMapping("/api/award-corrections/{id}/approval")
    @Operation(summary = "The deciding chairman approves, with the correcting decision's number and date")
    DecisionCorrections.Correction approve(@PathVariable long id, @RequestBody Approval body) {
        return corrections.approve(id, body.decisionNumber(), body.decisionDate(), officials.current());
    }

    @PostMapping("/api/award-corrections/{id}/refusal")
    @Operation(summary = "The deciding chairman refuses, with a reason")
    DecisionCorrections.Correction refuse(@PathVariable long id, @RequestBody Refusal body) {
        return corrections.refuse(id, body.reason(), officials.current());
    }
}
