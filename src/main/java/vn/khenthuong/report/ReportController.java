package vn.khenthuong.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for the provincial board, the provincial chairman, administrators and auditors ({@link ReportAccess}).
 * Every table of {@code GET /api/reports} is also an XLSX file with the same filters.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo thống kê", description = "Reports: nominations, awards, reward money, working days per step")
class ReportController {

    private static final List<String> FIGURE_HEADERS = List.of("Số hồ sơ đề nghị", "Đang xử lý", "Không được khen thưởng",
            "Số khen thưởng", "Tiền thưởng (đồng)");
    private static final List<String> FIGURE_FORMATS = List.of("#,##0", "#,##0", "#,##0", "#,##0", "#,##0");

    private final ReportAccess access;
    private final Reports reports;
    private final AwardSummary summaries;
    private final ReportOptions options;
    private final BlockRankingReport rankings;

    ReportController(ReportAccess access, Reports reports, AwardSummary summaries, ReportOptions options, BlockRankingReport rankings) {
        this.access = access;
        this.reports = reports;
        this.summaries = summaries;
        this.options = options;
        this.rankings = rankings;
    }

    @GetMapping("/options")
    @Operation(summary = "What the report page's filters offer: years, blocks, units, movements, award kinds")
    ReportOptions.Options options() {
        access.require();
        return options.options();
    }

    @GetMapping
    @Operation(summary = "Figures per unit, award kind and year (filters optional); steps are at /steps")
    Report report(@ParameterObject ReportFilter filter) {
        access.require();
        return reports.report(filter);
    }

    @GetMapping("/steps")
    @Operation(summary = "Working days on average and overdue steps per step of the route (filters optional)")
    StepReport steps(@ParameterObject ReportFilter filter) {
        access.require();
        return reports.steps(filter);
    }

    @GetMapping("/award-summary")
    @Operation(summary = "A year's awards per unit, award kind and nominee kind, with the report's paragraph (year required)")
    AwardSummary.Summary awardSummary(@ParameterObject ReportFilter filter) {
        access.require();
        return summaries.of(filter);
    }

    @GetMapping("/units.xlsx")
    @Operation(summary = "The table per unit as XLSX")
    ResponseEntity<byte[]> unitsXlsx(@ParameterObject ReportFilter filter) {
        Report r = reportFor(filter);
        return xlsx("bao-cao-theo-don-vi.xlsx", figures("Theo đơn vị", "Số liệu theo đơn vị — " + describe(r), List.of("Mã đơn vị", "Đơn vị"),
                r.units(), l -> List.of(l.unitCode(), l.unitName()), Report.UnitLine::figures));
    }

    @GetMapping("/award-kinds.xlsx")
    @Operation(summary = "The table per award kind as XLSX")
    ResponseEntity<byte[]> awardKindsXlsx(@ParameterObject ReportFilter filter) {
        Report r = reportFor(filter);
        return xlsx("bao-cao-theo-hinh-thuc.xlsx", figures("Theo hình thức", "Số liệu theo hình thức khen thưởng — " + describe(r),
                List.of("Mã hình thức", "Hình thức khen thưởng"), r.awardKinds(), l -> List.of(l.awardKindCode(), l.awardKindName()),
                Report.AwardKindLine::figures));
    }

    @GetMapping("/trend.xlsx")
    @Operation(summary = "The figures per year as XLSX")
    ResponseEntity<byte[]> trendXlsx(@ParameterObject ReportFilter filter) {
        Report r = reportFor(filter);
        List<String> formats = new ArrayList<>(List.of("0"));
        formats.addAll(FIGURE_FORMATS);
        return xlsx("bao-cao-theo-nam.xlsx", figures("Theo năm", "Số liệu qua các năm — " + r.scope(), List.of("Năm"), r.trend(),
                l -> List.of(l.year()), Report.YearLine::figures, formats));
    }

    @GetMapping("/steps.xlsx")
    @Operation(summary = "Working days and overdue steps per step as XLSX")
    ResponseEntity<byte[]> stepsXlsx(@ParameterObject ReportFilter filter) {
        access.require();
        StepReport r = reports.steps(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (Report.StepLine l : r.steps()) {
            List<Object> row = new ArrayList<>(List.of(l.step(), l.stepName(), l.completed()));
            row.add(l.averageWorkingDays());
            row.add(l.overdue());
            rows.add(row);
        }
        return xlsx("bao-cao-thoi-gian-xu-ly.xlsx", new XlsxTable("Thời gian xử lý", "Thời gian xử lý theo bước — " + r.scope()
                + (r.filter().year() == null ? ", mọi năm" : ", năm " + r.filter().year()),
                List.of("Mã bước", "Bước", "Số lượt đã xử lý", "Số ngày làm việc bình quân", "Số lượt quá hạn"),
                java.util.Arrays.asList(null, null, "#,##0", "0.0", "#,##0"), rows));
    }

    @GetMapping("/award-summary.xlsx")
    @Operation(summary = "A year's awards per unit, award kind and nominee kind as XLSX, the paragraph above the table")
    ResponseEntity<byte[]> awardSummaryXlsx(@ParameterObject ReportFilter filter) {
        access.require();
        AwardSummary.Summary s = summaries.of(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (AwardSummary.Line l : s.lines()) {
            rows.add(List.of(l.unitName(), l.awardKindName(), l.givenBy() == null ? "" : l.givenBy(), l.nomineeKindLabel(), l.awards()));
        }
        return xlsx("tong-hop-khen-thuong-" + s.year() + ".xlsx", new XlsxTable("Tổng hợp " + s.year(), s.paragraph(),
                List.of("Đơn vị", "Hình thức khen thưởng", "Cấp quyết định", "Loại đối tượng", "Số lượng"),
                java.util.Arrays.asList(null, null, null, null, "#,##0"), rows));
    }

    @GetMapping("/ranking")
    @Operation(summary = "The emulation block's ranking of a year: points per indicator, total, place (year and block required)")
    BlockRankingReport.Result ranking(@RequestParam(required = false) Integer year, @RequestParam(required = false) String block) {
        access.require();
        return rankings.of(year, block);
    }

    @GetMapping("/ranking.xlsx")
    @Operation(summary = "The emulation block's ranking as XLSX")
    ResponseEntity<byte[]> rankingXlsx(@RequestParam(required = false) Integer year, @RequestParam(required = false) String block) {
        access.require();
        BlockRankingReport.Result r = rankings.of(year, block);
        List<String> headers = new ArrayList<>(List.of("Hạng", "Đơn vị"));
        List<String> formats = new ArrayList<>(java.util.Arrays.asList("0", null));
        for (BlockRankingReport.Column c : r.indicators()) {
            headers.add(c.name() + " (trọng số " + c.weight().stripTrailingZeros().toPlainString() + ")");
            formats.add("0.00");
        }
        headers.add("Tổng điểm");
        formats.add("0.00");
        List<List<Object>> rows = new ArrayList<>();
        for (BlockRankingReport.Row row : r.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.rank());
            cells.add(row.unitName() + (row.tied() ? " (đồng hạng)" : ""));
            cells.addAll(row.points());
            cells.add(row.total());
            rows.add(cells);
        }
        String title = "Xếp hạng " + r.blockName() + " năm " + r.year() + (r.note().isEmpty() ? "" : " — " + r.note());
        return xlsx("xep-hang-" + r.blockCode() + "-" + r.year() + ".xlsx", new XlsxTable("Xếp hạng " + r.year(), title, headers, formats, rows));
    }

    private Report reportFor(ReportFilter filter) {
        access.require();
        return reports.report(filter);
    }

    private static String describe(Report r) {
        return r.scope() + (r.filter().year() == null ? ", mọi năm" : ", năm " + r.filter().year());
    }

    private static <T> XlsxTable figures(String sheet, String title, List<String> keyHeaders, List<T> lines, Function<T, List<Object>> key,
                                         Function<T, Report.Figures> figures) {
        List<String> formats = new ArrayList<>();
        keyHeaders.forEach(h -> formats.add(null));
        formats.addAll(FIGURE_FORMATS);
        return figures(sheet, title, keyHeaders, lines, key, figures, formats);
    }

    private static <T> XlsxTable figures(String sheet, String title, List<String> keyHeaders, List<T> lines, Function<T, List<Object>> key,
                                         Function<T, Report.Figures> figures, List<String> formats) {
        List<String> headers = new ArrayList<>(keyHeaders);
        headers.addAll(FIGURE_HEADERS);
        List<List<Object>> rows = new ArrayList<>();
        for (T line : lines) {
            List<Object> row = new ArrayList<>(key.apply(line));
            Report.Figures f = figures.apply(line);
            row.addAll(List.of(f.nominations(), f.inProgress(), f.rejections(), f.awards(), f.rewardAmount()));
            rows.add(row);
        }
        return new XlsxTable(sheet, title, headers, formats, rows);
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, XlsxTable table) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XlsxTable.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(table.write());
    }

    @ExceptionHandler(ReportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReportRefusedException e) {
        return problem("Điều kiện lọc báo cáo không hợp lệ",
                String.join("; ", e.problems().stream().map(ReportRefusedException.Problem::messageVi).toList()),
                String.join("; ", e.problems().stream().map(ReportRefusedException.Problem::messageEn).toList()),
                e.problems().stream().map(f -> new FieldError(f.field(), f.messageVi(), f.messageEn())).toList());
    }

    /**
     * A filter that does not convert ({@code year=hai nghìn}) fails the binding of {@link ReportFilter}: answered as
     * the API answers any missing or invalid parameter (nomination.ApiProblems), not as a dossier's field errors.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> badFilter(MethodArgumentNotValidException e) {
        String field = e.getBindingResult().getFieldErrors().isEmpty() ? e.getParameter().getParameterName()
                : e.getBindingResult().getFieldErrors().get(0).getField();
        return problem("Yêu cầu thiếu hoặc sai tham số", "Thiếu hoặc sai tham số: " + field, "Missing or invalid parameter: " + field,
                List.of(new FieldError(field, "Thiếu hoặc sai giá trị", "Missing or invalid")));
    }

    private static ResponseEntity<ProblemDetail> problem(String title, String detail, String detailEn, List<FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailEn", detailEn);
        p.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** As the other problem details of the API name a field at fault. */
    record FieldError(String field, String message, String messageEn) {
    }
}
