package vn.khenthuong.emulation;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Emulation blocks' years and their pacts. The provincial board (appraisers of a province) and administrators
 * define and change them; every signed-in official — members' officers, auditors — reads them.
 */
@RestController
class PactController {

    /** Shown next to every value that no source gives. */
    static final String MINH_HOA = "minh hoạ";

    private final BlockPacts pacts;
    private final Officials officials;
    private final Catalog catalog;

    PactController(BlockPacts pacts, Officials officials, Catalog catalog) {
        this.pacts = pacts;
        this.officials = officials;
        this.catalog = catalog;
    }

    record PactRequest(String blockCode, Integer year, String name, String headUnit, LocalDate effectiveFrom, BigDecimal totalWeight,
                       List<String> members, List<Indicator> indicators, List<PlanTarget> targets) {

        Pact toPact(String code, int y) {
            return new Pact(code, y, name, headUnit, effectiveFrom, totalWeight, members, indicators, targets);
        }
    }

    record MemberView(String code, String name, String tier, String tierLabel, boolean head) {
    }

    record IndicatorView(String code, String name, String unitOfMeasure, BigDecimal weight, ScoringMethod scoring, String scoringLabel,
                         BigDecimal capPercent, BigDecimal bonusPoints, BigDecimal penaltyPoints, boolean minhHoa, String note) {
    }

    record TargetView(String unitCode, String indicatorCode, BigDecimal value, boolean minhHoa, String note) {
    }

    record PactView(String blockCode, int year, String name, String headUnit, LocalDate effectiveFrom, LocalDate effectiveDate,
                    BigDecimal totalWeight, List<MemberView> members, List<IndicatorView> indicators, List<TargetView> targets) {
    }

    @GetMapping("/api/emulation-blocks")
    @Operation(summary = "Emulation blocks by year (every signed-in official)")
    List<BlockSummary> blocks(@RequestParam(required = false) Integer year) {
        officials.current();
        return pacts.blocks(year);
    }

    @GetMapping("/api/emulation-blocks/{code}/{year}")
    @Operation(summary = "A block's year and its pact: members, head unit, indicators, scoring, plan targets (every signed-in official)")
    PactView pact(@PathVariable String code, @PathVariable int year) {
        officials.current();
        return view(pacts.pact(code, year).orElseThrow(() -> BlockPacts.notFound(code, year)));
    }

    @PostMapping("/api/emulation-blocks")
    @Operation(summary = "Define a block's year and its pact (provincial board, administrators)")
    ResponseEntity<PactView> define(@RequestBody PactRequest request) {
        Official me = writer();
        if (request == null || request.year() == null) {
            throw new InvalidPactException(List.of(new PactProblem("year", "Thiếu năm của khối", "Year missing")));
        }
        Pact pact = pacts.define(request.toPact(request.blockCode(), request.year()), me.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(pact));
    }

    @PutMapping("/api/emulation-blocks/{code}/{year}")
    @Operation(summary = "Change a block's year and its pact: members, head unit, indicators, plan targets (provincial board, administrators)")
    PactView change(@PathVariable String code, @PathVariable int year, @RequestBody PactRequest request) {
        Official me = writer();
        if (request == null) {
            throw new InvalidPactException(List.of(new PactProblem("body", "Thiếu nội dung giao ước", "Body missing")));
        }
        if ((request.blockCode() != null && !request.blockCode().equals(code)) || (request.year() != null && request.year() != year)) {
            throw new InvalidPactException(List.of(new PactProblem("blockCode", "Mã khối và năm trong nội dung khác với địa chỉ",
                    "The body's block code and year differ from the path's")));
        }
        return view(pacts.change(request.toPact(code, year), me.userId()));
    }

    /** Administrators, or appraisers of a province (the provincial emulation board). */
    private Official writer() {
        Official me = officials.current();
        boolean board = me.unitsAs(Roles.APPRAISER).stream()
                .anyMatch(u -> catalog.unit(u).map(Unit::tier).filter(t -> t == Tier.PROVINCE).isPresent());
        if (!board && !me.hasRole(Roles.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng tỉnh và quản trị viên được xác lập, sửa khối thi đua"
                    + " và giao ước / only the provincial board and administrators may define or change blocks and pacts");
        }
        return me;
    }

    private PactView view(Pact p) {
        List<MemberView> members = p.members().stream().map(code -> {
            Unit unit = catalog.unit(code).orElse(null);
            return new MemberView(code, unit == null ? code : unit.name(), unit == null ? null : unit.tier().name(),
                    unit == null ? null : unit.tier().label(), code.equals(p.headUnit()));
        }).toList();
        List<IndicatorView> indicators = p.indicators().stream().map(i -> new IndicatorView(i.code(), i.name(), i.unitOfMeasure(), i.weight(),
                i.scoring(), i.scoring().label(), i.capPercent(), i.bonusPoints(), i.penaltyPoints(), i.minhHoa(), i.minhHoa() ? MINH_HOA : null)).toList();
        List<TargetView> targets = p.targets().stream().map(t -> new TargetView(t.unitCode(), t.indicatorCode(), t.value(), t.minhHoa(),
                t.minhHoa() ? MINH_HOA : null)).toList();
        return new PactView(p.blockCode(), p.year(), p.name(), p.headUnit(), p.effectiveFrom(), p.effectiveDate(), p.totalWeight(), members,
                indicators, targets);
    }
}
