package vn.khenthuong.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.award.Decision;
import vn.khenthuong.award.DecisionRefusedException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.input.MultiLine;

/**
 * What the provincial commendation board does outside Tasklist: comments during public disclosure (filed by any
 * official of the province who received them, answered by the board) and the central decision that ends a
 * nomination proposed to the Prime Minister.
 */
@RestController
class ProvincialBoardController {

    private final Disclosures disclosures;
    private final WaitingSteps waiting;
    private final Officials officials;
    private final Catalog catalog;
    private final JdbcTemplate jdbc;

    ProvincialBoardController(Disclosures disclosures, WaitingSteps waiting, Officials officials, Catalog catalog, JdbcTemplate jdbc) {
        this.disclosures = disclosures;
        this.waiting = waiting;
        this.officials = officials;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    record CommentRequest(@MultiLine String content) {
    }

    record AnswerRequest(@MultiLine String answer) {
    }

    record CentralDecisionRequest(String decisionNumber, LocalDate decisionDate) {
    }

    @PostMapping("/api/nominations/{code}/disclosure-comments")
    @Operation(summary = "File a comment received during the public disclosure window (officials of the nomination's province)")
    ResponseEntity<Map<String, Long>> file(@PathVariable String code, @RequestBody CommentRequest request) {
        Official me = officials.current();
        String province = province(code);
        boolean ofProvince = me.unitsByRole().values().stream().flatMap(java.util.Set::stream)
                .anyMatch(u -> catalog.lineage(u).stream().anyMatch(l -> l.code().equals(province)));
        if (!ofProvince) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ cán bộ trong tỉnh được ghi ý kiến / only officials of the province may file comments");
        }
        if (!waiting.disclosureOpen(code)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ không trong thời gian công khai lấy ý kiến / the nomination is not in its disclosure window");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", disclosures.file(code, me.userId(), request == null ? null : request.content())));
    }

    @GetMapping("/api/nominations/{code}/disclosure-comments")
    @Operation(summary = "Comments of the disclosure window with the board's answers")
    List<Disclosures.Comment> comments(@PathVariable String code) {
        Official me = officials.current();
        if (!officials.canRead(me, unit(code))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ " + code + " / nomination not found");
        }
        return disclosures.comments(code);
    }

    @PostMapping("/api/nominations/{code}/disclosure-comments/{id}/answer")
    @Operation(summary = "The provincial board answers a disclosure comment")
    ResponseEntity<Void> answer(@PathVariable String code, @PathVariable long id, @RequestBody AnswerRequest request) {
        Official me = requireBoard(code);
        disclosures.answer(code, id, me.userId(), request == null ? null : request.answer());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/nominations/{code}/central-decision")
    @Operation(summary = "The provincial board enters the Prime Minister's decision for a nomination waiting for it")
    ResponseEntity<Void> centralDecision(@PathVariable String code, @RequestBody CentralDecisionRequest request) {
        Official me = requireBoard(code);
        Decision decision;
        try {
            decision = Decision.of(request == null ? null : request.decisionNumber(), request == null ? null : request.decisionDate());
        } catch (DecisionRefusedException refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        if (!waiting.centralDecisionReceived(code, decision.number().value(), decision.date(), me.userId())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ không chờ quyết định của Trung ương / the nomination is not waiting for a central decision");
        }
        return ResponseEntity.noContent().build();
    }

    private Official requireBoard(String code) {
        Official me = officials.current();
        if (!me.unitsAs(Roles.APPRAISER).contains(province(code))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ Ban Thi đua – Khen thưởng của tỉnh được thực hiện / only the provincial commendation board may do this");
        }
        return me;
    }

    private String unit(String code) {
        List<String> units = jdbc.queryForList("select unit_code from nomination where code = ?", String.class, code);
        if (units.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ " + code + " / nomination not found");
        }
        return units.get(0);
    }

    private String province(String code) {
        return catalog.lineage(unit(code)).stream().filter(u -> u.tier() == Tier.PROVINCE).map(Unit::code).findFirst().orElse("");
    }
}
