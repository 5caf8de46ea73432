package vn.khenthuong.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.input.XlsxTemplates;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * The import template: the sheet to fill (Vietnamese headers, drop-downs for award kind, nominee kind, unit and
 * procedure kind, date and number formats), a sheet of instructions and a hidden sheet holding the drop-down lists
 * from the catalogue, so the lists follow seeds/ without a new template.
 */
@Component
class RegistryTemplate {

    static final String SHEET = "Sổ khen thưởng";
    static final String LISTS = "Danh mục";
    static final String HELP = "Hướng dẫn";
    /** Rows that carry the drop-downs and formats; more rows may be typed, they are read all the same. */
    static final int PREPARED_ROWS = 5000;

    private final Catalog catalog;

    RegistryTemplate(Catalog catalog) {
        this.catalog = catalog;
    }

    /** "Bằng khen của Chủ tịch UBND tỉnh (BK_TINH)": what the drop-down offers and the import reads back. */
    static String choice(String name, String code) {
        return name + " (" + code + ")";
    }

    byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            Sheet help = wb.createSheet(HELP);
            Sheet lists = wb.createSheet(LISTS);

            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = XlsxTemplates.headerStyle(wb, bold, IndexedColors.LIGHT_YELLOW);
            CellStyle date = XlsxTemplates.format(wb, "dd/mm/yyyy");
            CellStyle money = XlsxTemplates.format(wb, "#,##0");
            CellStyle text = XlsxTemplates.format(wb, "@");

            Row header = sheet.createRow(0);
            for (RegistryColumn c : RegistryColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header() + (c.required() ? " *" : ""));
                header.getCell(c.ordinal()).setCellStyle(head);
                sheet.setColumnWidth(c.ordinal(), c.width() * 256);
            }
            sheet.setDefaultColumnStyle(RegistryColumn.DECISION_NUMBER.ordinal(), text);
            sheet.setDefaultColumnStyle(RegistryColumn.DECISION_DATE.ordinal(), date);
            sheet.setDefaultColumnStyle(RegistryColumn.MONEY.ordinal(), money);
            sheet.createFreezePane(0, 1);

            List<String> kinds = catalog.awardKinds().stream().map(k -> choice(k.name(), k.code())).toList();
            List<String> nominees = java.util.Arrays.stream(NomineeKind.values()).map(NomineeKind::label).toList();
            List<String> units = catalog.units().stream().map(u -> choice(u.name(), u.code())).toList();
            List<String> procedures = java.util.Arrays.stream(ProcedureKind.values()).map(ProcedureKind::label).toList();
            List<List<String>> columns = List.of(kinds, nominees, units, procedures);
            for (int col = 0; col < columns.size(); col++) {
                List<String> values = columns.get(col);
                for (int i = 0; i < values.size(); i++) {
                    XlsxTemplates.row(lists, i).createCell(col).setCellValue(values.get(i));
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            dropDown(sheet, RegistryColumn.AWARD_KIND, "A", kinds.size());
            dropDown(sheet, RegistryColumn.NOMINEE_KIND, "B", nominees.size());
            dropDown(sheet, RegistryColumn.UNIT, "C", units.size());
            dropDown(sheet, RegistryColumn.PROCEDURE_KIND, "D", procedures.size());

            help.setColumnWidth(0, 26 * 256);
            help.setColumnWidth(1, 100 * 256);
            Row title = help.createRow(0);
            title.createCell(0).setCellValue("Mẫu nhập sổ khen thưởng các năm trước");
            title.getCell(0).setCellStyle(head);
            help.createRow(1).createCell(0).setCellValue("Mỗi dòng của trang \"" + SHEET + "\" là một người (tập thể, hộ gia đình) được khen theo một"
                    + " quyết định. Cột có dấu * là bắt buộc. Cùng số quyết định và cùng người (họ tên, năm sinh) đã có trong sổ thì không nhập lại.");
            int r = 3;
            for (RegistryColumn c : RegistryColumn.values()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.letter() + ". " + c.header() + (c.required() ? " *" : ""));
                row.createCell(1).setCellValue(c.note());
            }
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropDown(Sheet sheet, RegistryColumn column, String listColumn, int size) {
        XlsxTemplates.dropDown(sheet, column.ordinal(), PREPARED_ROWS,
                "'" + LISTS + "'!$" + listColumn + "$1:$" + listColumn + "$" + Math.max(1, size),
                "Hãy chọn " + column.header().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " trong danh sách.");
    }
}
