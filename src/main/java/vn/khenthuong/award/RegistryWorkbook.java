package vn.khenthuong.award;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a filled template with POI's streaming (SAX) reader: the sheet's rows go by one at a time and only their texts
 * are kept, so a registry of thousands of lines is read without building the workbook in memory. Dates come back as
 * ISO text and numbers without grouping, whatever format the person gave the cell.
 */
final class RegistryWorkbook {

    /** More lines than a province's registry of one year holds; beyond it the file is refused, not read half. */
    static final int MAX_ROWS = 20_000;

    private RegistryWorkbook() {
    }

    static List<RegistryRow> read(InputStream in) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            // The sheet to fill, or else the first one (a person may have renamed it).
            int wanted = 0;
            int index = 0;
            XSSFReader.SheetIterator names = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (names.hasNext()) {
                try (InputStream ignored = names.next()) {
                    if (RegistryTemplate.SHEET.equals(names.getSheetName())) {
                        wanted = index;
                    }
                }
                index++;
            }
            Rows rows = new Rows();
            boolean found = false;
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext() && !found; i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == wanted) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainValues(), false));
                        xml.parse(new InputSource(sheet));
                        found = true;
                    }
                }
            }
            if (!found || rows.columns == null) {
                throw new RegistryFileRefusedException("Tệp không có trang \"" + RegistryTemplate.SHEET + "\" với dòng tiêu đề của mẫu",
                        "no sheet with the template's header row");
            }
            return rows.out;
        } catch (RegistryFileRefusedException e) {
            throw e;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        } catch (IOException | OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new RegistryFileRefusedException("Tệp không đọc được như bảng tính Excel (.xlsx); hãy tải mẫu, điền rồi tải lên lại",
                    "the file is not a readable .xlsx workbook", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // POI's own refusals of a file that only pretends to be a workbook (NotOfficeXmlFileException and kin).
            throw new RegistryFileRefusedException("Tệp không đọc được như bảng tính Excel (.xlsx); hãy tải mẫu, điền rồi tải lên lại",
                    "the file is not a readable .xlsx workbook", e);
        }
    }

    /** Collects the header row's columns, then every non-blank row as texts. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        Map<Integer, RegistryColumn> columns;
        final List<RegistryRow> out = new ArrayList<>();
        private final Map<Integer, String> headers = new HashMap<>();
        private Map<RegistryColumn, String> current;
        private int lastColumn;

        @Override
        public void startRow(int rowNum) {
            current = new EnumMap<>(RegistryColumn.class);
            lastColumn = -1;
            if (rowNum > MAX_ROWS) {
                throw new RegistryFileRefusedException("Tệp có quá " + MAX_ROWS + " dòng; hãy chia thành nhiều tệp",
                        "more than " + MAX_ROWS + " rows; split the file");
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = col;
            if (columns == null) {
                headers.put(col, value);
                return;
            }
            RegistryColumn c = columns.get(col);
            if (c != null) {
                current.put(c, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                if (headers.values().stream().allMatch(h -> h == null || h.isBlank())) {
                    return; // blank rows above the header
                }
                columns = new HashMap<>();
                headers.forEach((col, text) -> RegistryColumn.byHeader(text).ifPresent(c -> columns.put(col, c)));
                List<String> missing = java.util.Arrays.stream(RegistryColumn.values()).filter(RegistryColumn::required)
                        .filter(c -> !columns.containsValue(c)).map(RegistryColumn::header).toList();
                if (!missing.isEmpty()) {
                    throw new RegistryFileRefusedException("Tệp không theo mẫu: thiếu cột " + String.join(", ", missing),
                            "not the template: missing columns " + String.join(", ", missing));
                }
                return;
            }
            RegistryRow row = new RegistryRow(rowNum + 1, current);
            if (!row.blank()) {
                out.add(row);
            }
        }
    }

    /** Dates as ISO text, other numbers in plain decimal notation: the person's cell format does not change the value read. */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
                return day.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
