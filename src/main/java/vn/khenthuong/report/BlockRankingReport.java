package vn.khenthuong.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.khenthuong.emulation.BlockPacts;
import vn.khenthuong.emulation.BlockRankings;
import vn.khenthuong.emulation.Indicator;
import vn.khenthuong.emulation.Pact;
import vn.khenthuong.emulation.Ranking;

/**
 * The block's ranking of a year as the report shows it: the pact's indicators as columns (name, unit of measure,
 * weight), every member's points per indicator, total and place. Until the block's year end is scored the answer
 * says so in words, so an empty table is never mistaken for a ranking of zeros.
 */
@Service
class BlockRankingReport {

    /**
     * @param scored false while the members' results are still being entered or checked
     * @param note what the reader should know (not yet scored; weights marked minh hoạ)
     */
    record Result(String blockCode, String blockName, int year, boolean scored, String note, List<Column> indicators, List<Row> rows) {
    }

    record Column(String code, String name, String unitOfMeasure, BigDecimal weight) {
    }

    /** @param points in the order of {@link Result#indicators()}; null where the member has no points for it */
    record Row(int rank, boolean tied, String unitCode, String unitName, List<BigDecimal> points, BigDecimal total) {
    }

    private final BlockPacts pacts;
    private final BlockRankings rankings;

    BlockRankingReport(BlockPacts pacts, BlockRankings rankings) {
        this.pacts = pacts;
        this.rankings = rankings;
    }

    Result of(Integer year, String block) {
        List<ReportRefusedException.Problem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(new ReportRefusedException.Problem("year", "Chọn năm để xem xếp hạng của khối thi đua",
                    "Choose a year to see the block's ranking"));
        }
        if (block == null || block.isBlank()) {
            problems.add(new ReportRefusedException.Problem("block", "Chọn khối thi đua để xem xếp hạng", "Choose an emulation block to see its ranking"));
        }
        Optional<Pact> pact = problems.isEmpty() ? pacts.pact(block, year) : Optional.empty();
        if (problems.isEmpty() && pact.isEmpty()) {
            problems.add(new ReportRefusedException.Problem("block", "Khối thi đua mã " + block + " không có giao ước năm " + year,
                    "Emulation block " + block + " has no pact for " + year));
        }
        if (!problems.isEmpty()) {
            throw new ReportRefusedException(problems);
        }
        Pact p = pact.get();
        List<Column> columns = p.indicators().stream().map(i -> new Column(i.code(), i.name(), i.unitOfMeasure(), i.weight())).toList();
        boolean illustrative = p.indicators().stream().anyMatch(Indicator::minhHoa);
        Optional<Ranking> ranking = rankings.of(block, year);
        if (ranking.isEmpty()) {
            return new Result(block, p.name(), year, false, "Khối chưa chấm điểm năm " + year
                    + ": các thành viên đang nhập kết quả hoặc đơn vị trưởng khối đang kiểm tra.", columns, List.of());
        }
        List<Row> rows = ranking.get().rows().stream().map(r -> new Row(r.rank(), r.tied(), r.unitCode(), r.unitName(),
                columns.stream().map(c -> r.pointsByIndicator().get(c.code())).toList(), r.total())).toList();
        return new Result(block, p.name(), year, true, illustrative ? "Trọng số, kế hoạch của một số chỉ tiêu là số liệu minh hoạ (không có trong báo cáo gốc)." : "",
                columns, rows);
    }
}
