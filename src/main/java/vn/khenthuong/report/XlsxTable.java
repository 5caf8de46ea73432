package vn.khenthuong.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table of the report as an XLSX workbook, written with POI's streaming workbook (rows go to a temporary file
 * past a window, so a long table does not sit in memory). Headers in Vietnamese; numbers are numeric cells (they
 * add up in a spreadsheet), text is a string cell, never a formula. A text starting with =, +, -, @ (or tab, CR) is
 * also marked "quote prefixed": a spreadsheet keeps it as text even when someone edits the cell later.
 *
 * @param rows cells are {@link String}, {@link Number} or null (empty)
 * @param formats Excel number formats per column for numbers (null: general)
 */
record XlsxTable(String sheetName, String title, List<String> headers, List<String> formats, List<List<Object>> rows) {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    byte[] write() {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle quotedHeader = book.createCellStyle();
            quotedHeader.setFont(bold);
            quotedHeader.setQuotePrefixed(true);
            CellStyle text = book.createCellStyle();
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle[] numbers = new CellStyle[headers.size()];
            for (int i = 0; i < headers.size(); i++) {
                numbers[i] = book.createCellStyle();
                String format = formats == null || formats.size() <= i ? null : formats.get(i);
                if (format != null) {
                    numbers[i].setDataFormat(book.createDataFormat().getFormat(format));
                }
            }
            int r = 0;
            Cell titleCell = sheet.createRow(r++).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(formulaLike(title) ? quotedHeader : header);
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(formulaLike(headers.get(i)) ? quotedHeader : header);
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(numbers[i]);
                    } else {
                        String s = value.toString();
                        cell.setCellValue(s);
                        cell.setCellStyle(formulaLike(s) ? quoted : text);
                    }
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException e) {
                // the bytes are written; a failed close of the temporary files changes nothing for the caller
            }
        }
    }

    /** What a spreadsheet would take for a formula once the cell is edited (OWASP: =, +, -, @, tab, CR first). */
    static boolean formulaLike(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }
}
