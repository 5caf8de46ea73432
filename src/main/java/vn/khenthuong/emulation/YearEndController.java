package vn.khenthuong.emulation;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Officials;

/**
 * A block's year end: start it (head unit's officer, provincial board), enter a member's results and evidence (that
 * member's officer), read the round (members' officers, board, auditors), cast a unit's secret ballot (that unit's
 * officer, once), download the minutes. Submitting, accepting and returning results are the process's tasks.
 */
@RestController
class YearEndController {

    private final BlockYearEnds yearEnds;
    private final BlockRankings rankings;
    private final BlockBallots ballots;
    private final BlockMinutes minutes;
    private final YearEndWorkflow workflow;
    private final Officials officials;
    private final Catalog catalog;

    YearEndController(BlockYearEnds yearEnds, BlockRankings rankings, BlockBallots ballots, BlockMinutes minutes, YearEndWorkflow workflow,
                      Officials officials, Catalog catalog) {
        this.yearEnds = yearEnds;
        this.rankings = rankings;
        this.ballots = ballots;
        this.minutes = minutes;
        this.workflow = workflow;
        this.officials = officials;
        this.catalog = catalog;
    }

    record StartRequest(String blockCode, Integer year) {
    }

    record ValueRequest(String indicatorCode, BigDecimal value, String note) {
    }

    record ResultsRequest(String leaderName, Integer staffCount, List<ValueRequest> values) {
    }

    record MemberView(String unitCode, String unitName, ResultState state, String stateLabel, MemberResults results) {
    }

    record RoundView(String blockCode, int year, String headUnit, String state, String startedBy, List<MemberView> members, Ranking ranking,
                     List<String> votedUnits, BlockTally tally, String minutesUrl) {
    }

    @PostMapping("/api/block-year-ends")
    @Operation(summary = "Start a block's year end (an officer of the year's head unit, or the provincial board)")
    ResponseEntity<RoundView> start(@RequestBody StartRequest request) {
        String me = officials.current().userId();
        if (request == null || request.blockCode() == null || request.blockCode().isBlank() || request.year() == null) {
            throw BlockYearEnds.bad("Cần mã khối và năm", "blockCode and year are required");
        }
        workflow.start(request.blockCode(), request.year(), me);
        return ResponseEntity.created(URI.create("/api/block-year-ends/" + request.blockCode() + "/" + request.year()))
                .body(view(request.blockCode(), request.year()));
    }

    @GetMapping("/api/block-year-ends/{block}/{year}")
    @Operation(summary = "The year end of a block: members' results and states, ranking once scored, vote counts once tallied")
    RoundView get(@PathVariable String block, @PathVariable int year) {
        return view(block, year);
    }

    @PutMapping("/api/block-year-ends/{block}/{year}/results/{unit}")
    @Operation(summary = "A member's officer saves its results (draft until the task 'enterBlockResults' is completed)")
    MemberView save(@PathVariable String block, @PathVariable int year, @PathVariable String unit, @RequestBody ResultsRequest request) {
        if (request == null) {
            throw BlockYearEnds.bad("Thiếu nội dung", "body missing");
        }
        List<IndicatorResult> values = request.values() == null ? List.of() : request.values().stream()
                .map(v -> v == null ? null : new IndicatorResult(v.indicatorCode(), v.value(), v.note(), false)).toList();
        MemberResults saved = yearEnds.save(block, year, unit, request.leaderName(), request.staffCount(), values);
        return member(saved);
    }

    @PostMapping(path = "/api/block-year-ends/{block}/{year}/results/{unit}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A member's officer attaches an evidence document (PDF, JPEG, PNG, DOCX; at most 10 MB)")
    ResponseEntity<MemberResults.Evidence> upload(@PathVariable String block, @PathVariable int year, @PathVariable String unit,
                                                  @RequestPart("file") MultipartFile file) throws IOException {
        MemberResults.Evidence e = yearEnds.upload(block, year, unit, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/block-year-ends/" + block + "/" + year + "/results/" + unit + "/documents/" + e.id())).body(e);
    }

    @GetMapping("/api/block-year-ends/{block}/{year}/results/{unit}/documents/{id}")
    @Operation(summary = "Download an evidence document")
    ResponseEntity<byte[]> download(@PathVariable String block, @PathVariable int year, @PathVariable String unit, @PathVariable long id) {
        BlockYearEnds.EvidenceContent d = yearEnds.evidence(block, year, unit, id);
        return file(d.info().fileName(), MediaType.parseMediaType(d.info().contentType()), d.content());
    }

    @PostMapping("/api/block-year-ends/{block}/{year}/ballots/{unit}")
    @Operation(summary = "A member unit's secret ballot, cast once by its officer: confirm the ranking, or name the units proposed (suy tôn)")
    ResponseEntity<Void> cast(@PathVariable String block, @PathVariable int year, @PathVariable String unit, @RequestBody(required = false) BlockBallot ballot) {
        ballots.cast(block, year, unit, ballot);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/block-year-ends/{block}/{year}/minutes")
    @Operation(summary = "The minutes of the block meeting (PDF): the block's members, the provincial board, auditors")
    ResponseEntity<byte[]> minutes(@PathVariable String block, @PathVariable int year) {
        return file("bien-ban-hop-khoi-" + block + "-" + year + ".pdf", MediaType.APPLICATION_PDF, minutes.download(block, year));
    }

    private RoundView view(String block, int year) {
        List<MemberResults> results = yearEnds.results(block, year); // checks who may read
        YearEndRound round = yearEnds.round(block, year);
        BlockTally tally = ballots.proposals(round.id()).isEmpty() ? null : ballots.counted(round.id());
        return new RoundView(block, year, round.headUnit(), round.state(), round.startedBy(), results.stream().map(this::member).toList(),
                rankings.of(block, year).orElse(null), ballots.voted(round.id()), tally,
                round.hasMinutes() ? "/api/block-year-ends/" + block + "/" + year + "/minutes" : null);
    }

    private MemberView member(MemberResults r) {
        return new MemberView(r.unitCode(), catalog.unit(r.unitCode()).map(Unit::name).orElse(r.unitCode()), r.state(), r.state().label(), r);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        String ascii = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").contentType(type).contentLength(content.length).body(content);
    }

}
