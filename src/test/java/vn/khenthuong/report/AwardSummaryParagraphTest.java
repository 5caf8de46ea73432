package vn.khenthuong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khenthuong.catalog.AwardAuthority;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Tier;

/** The rules the summary paragraph is written by, and the XLSX writer's cells, without the application. */
class AwardSummaryParagraphTest {

    static AwardSummary.Line line(String unit, String unitName, String kind, String givenBy, String noun, String nomineeKind, String label, long n) {
        return new AwardSummary.Line(unit, unitName, kind, kind, givenBy, noun, nomineeKind, label, n);
    }

    @Test
    void oneSentencePerUnitOnePartPerAwardKindAndNomineeKindsJoinedWithVa() {
        String text = AwardSummary.paragraph(List.of(
                line("a", "Xã A", "BK_TINH", "Chủ tịch UBND tỉnh", "Bằng khen", "INDIVIDUAL", "cá nhân", 1),
                line("a", "Xã A", "BK_TINH", "Chủ tịch UBND tỉnh", "Bằng khen", "COLLECTIVE", "tập thể", 2),
                line("a", "Xã A", "BK_TINH", "Chủ tịch UBND tỉnh", "Bằng khen", "HOUSEHOLD", "hộ gia đình", 3),
                line("a", "Xã A", "CSTD_TINH", "Chủ tịch UBND tỉnh", "danh hiệu Chiến sĩ thi đua cấp tỉnh", "INDIVIDUAL", "cá nhân", 1),
                line("b", "Huyện B", "BK_TTG", "Thủ tướng Chính phủ", "Bằng khen", "ENTERPRISE", "doanh nghiệp", 12)));
        assertThat(text).isEqualTo("Xã A có 1 cá nhân, 2 tập thể và 3 hộ gia đình được Chủ tịch UBND tỉnh tặng Bằng khen; 1 cá nhân được "
                + "Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh. Huyện B có 12 doanh nghiệp được Thủ tướng Chính phủ tặng Bằng khen.");
        assertThat(AwardSummary.paragraph(List.of())).isEmpty();
    }

    @Test
    void theGiverIsTheCataloguesFirstAlternativeInForceAndTheAwardIsNamedOnce() {
        AwardKind flag = kind("CO_TD_TINH", "Cờ thi đua của UBND tỉnh", "TITLE", "Chủ tịch UBND tỉnh", List.of());
        AwardKind excellent = kind("TT_LDXS", "Tập thể lao động xuất sắc", "TITLE", "Chủ tịch UBND tỉnh (hoặc Thủ trưởng sở, ngành được giao)", List.of());
        AwardKind worker = kind("LDTT", "Lao động tiên tiến", "TITLE", "Chủ tịch UBND cấp xã / Thủ trưởng cơ quan, đơn vị",
                List.of(new AwardAuthority(null, LocalDate.of(2025, 6, 30), Tier.DISTRICT, "Chủ tịch UBND cấp huyện / Thủ trưởng cơ quan, đơn vị", null)));
        AwardKind pm = kind("BK_TTG", "Bằng khen của Thủ tướng Chính phủ", "COMMENDATION", "Thủ tướng Chính phủ", List.of());
        assertThat(AwardSummary.noun(flag)).isEqualTo("danh hiệu Cờ thi đua");
        assertThat(AwardSummary.noun(pm)).isEqualTo("Bằng khen");
        assertThat(AwardSummary.givenBy(excellent, LocalDate.of(2019, 12, 31))).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(AwardSummary.givenBy(worker, LocalDate.of(2019, 12, 31))).isEqualTo("Chủ tịch UBND cấp huyện");
        assertThat(AwardSummary.givenBy(worker, LocalDate.of(2026, 12, 31))).isEqualTo("Chủ tịch UBND cấp xã");
        assertThat(AwardSummary.enumerate(List.of("1 cá nhân"))).isEqualTo("1 cá nhân");
        assertThat(AwardSummary.enumerate(List.of("1 cá nhân", "3 hộ gia đình"))).isEqualTo("1 cá nhân và 3 hộ gia đình");
    }

    private static AwardKind kind(String code, String name, String category, String decidedBy, List<AwardAuthority> earlier) {
        return new AwardKind(code, name, category, Set.of("INDIVIDUAL"), Tier.PROVINCE, decidedBy, false, false, Set.of(), null, null, null,
                false, true, earlier);
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAndNumbersStayNumbers() throws Exception {
        XlsxTable table = new XlsxTable("Thử", "=HYPERLINK(\"http://example.invalid\",\"Bấm\")", List.of("Tên", "Số"),
                Arrays.asList(null, "#,##0"), List.of(List.of("=1+2", 3), List.of("@SUM(A1)", 4L), List.of("-2", 5.5), List.of("Xã A", 6)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.write()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            for (int r = 3; r <= 6; r++) {
                Cell name = sheet.getRow(r).getCell(0);
                Cell number = sheet.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(name.getCellStyle().getQuotePrefixed()).isEqualTo(r < 6);
            }
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("=1+2");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(5.5);
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(6.0);
        }
    }
}
