package vn.khenthuong.nominationlist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The uploaded sheet handed back with the answer: a column "Kết quả kiểm tra" after the template's, and the cells at
 * fault filled red. Written from the stored upload, which already passed the ZIP limits when it came in.
 */
final class ListAnnotation {

    static byte[] write(byte[] upload, List<ListReport.Row> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(upload)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet(ListTemplate.LIST_SHEET);
            int result = CellReference.convertColStringToIndex(Column.RESULT_LETTER);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Cell head = row(sheet, 0).createCell(result);
            head.setCellValue(Column.RESULT_HEADER);
            head.setCellStyle(bold);
            sheet.setColumnWidth(result, 80 * 256);
            CellStyle wrong = wb.createCellStyle();
            wrong.setWrapText(true);
            wrong.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            wrong.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Map<Integer, CellStyle> faulty = new HashMap<>();
            for (ListReport.Row r : rows) {
                Row line = row(sheet, r.row() - 1);
                Cell answer = line.createCell(result);
                answer.setCellValue(text(r));
                if (!r.problems().isEmpty()) {
                    answer.setCellStyle(wrong);
                }
                for (ListReport.Problem p : r.problems()) {
                    if (p.column() != null) {
                        int col = CellReference.convertColStringToIndex(p.column());
                        Cell cell = line.getCell(col) != null ? line.getCell(col) : line.createCell(col);
                        // One red copy per original style, not one per cell: a workbook holds at most 64,000 styles.
                        cell.setCellStyle(faulty.computeIfAbsent((int) cell.getCellStyle().getIndex(), i -> {
                            CellStyle s = wb.createCellStyle();
                            s.cloneStyleFrom(cell.getCellStyle());
                            s.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                            return s;
                        }));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ListReport.Row r) {
        return switch (r.outcome()) {
            case "FILED" -> "Đã nộp: hồ sơ " + r.code() + (r.documents() > 0 ? " (kèm " + r.documents() + " tài liệu)" : "");
            case "VALID" -> "Hợp lệ (chưa nộp)";
            default -> r.problems().stream().map(p -> (p.column() == null ? "" : "Cột " + p.column() + " (" + p.columnName() + "): ") + p.message())
                    .collect(Collectors.joining("; "));
        };
    }

    private static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    private ListAnnotation() {
    }
}
