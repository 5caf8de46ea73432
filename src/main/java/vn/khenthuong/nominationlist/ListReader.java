package vn.khenthuong.nominationlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheet "Danh sách" of an uploaded list with POI's event (SAX) reader: rows stream past as the XML is
 * parsed, no workbook is built, so a long list costs its rows, not a document model. The archive has already passed
 * the upload's ZIP limits ({@code NominationFiling.isSafeZip}).
 */
final class ListReader {

    /** Above this the upload is refused as a whole: a province's year-end list is a few thousand rows. */
    static final int MAX_ROWS = 10_000;

    /** One non-blank row: its number as Excel shows it (the header is row 1) and its cells' text, trimmed. */
    record Line(int number, Map<Column, String> cells) {
        String get(Column c) {
            return cells.get(c);
        }
    }

    /** The file is not a list made from the template; the reason in both languages. */
    static final class NotAListException extends RuntimeException {
        final String messageVi;
        final String messageEn;

        NotAListException(String messageVi, String messageEn) {
            super(messageEn);
            this.messageVi = messageVi;
            this.messageEn = messageEn;
        }
    }

    static List<Line> read(byte[] xlsx) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (ListTemplate.LIST_SHEET.equals(sheets.getSheetName())) {
                        Collector rows = new Collector();
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
                        parser.parse(new InputSource(sheet));
                        rows.checkHeader();
                        return rows.lines;
                    }
                }
            }
            throw new NotAListException("Tệp không có trang \"" + ListTemplate.LIST_SHEET + "\"; hãy dùng mẫu danh sách tải từ trang nộp danh sách",
                    "The workbook has no sheet \"" + ListTemplate.LIST_SHEET + "\"; use the downloaded template");
        } catch (NotAListException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            if (e instanceof SAXException s && s.getException() instanceof NotAListException n) {
                throw n;
            }
            throw new NotAListException("Tệp không phải bảng tính Excel (.xlsx) đọc được; hãy lưu lại dưới dạng .xlsx từ mẫu danh sách",
                    "Not a readable Excel workbook (.xlsx); save it as .xlsx from the template");
        }
    }

    /** Collects rows as the parser reports them; stops the parse when the list is too long. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Line> lines = new ArrayList<>();
        final Map<Column, String> header = new EnumMap<>(Column.class);
        Map<Column, String> cells;
        int dataRows;

        @Override
        public void startRow(int rowNum) {
            cells = new EnumMap<>(Column.class);
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                header.putAll(cells);
            } else if (!cells.isEmpty()) {
                if (++dataRows > MAX_ROWS) {
                    throw new NotAListException("Danh sách có hơn " + MAX_ROWS + " dòng; hãy chia thành nhiều tệp",
                            "More than " + MAX_ROWS + " rows; split the list");
                }
                lines.add(new Line(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference == null || formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            Column.at(new CellReference(reference).getCol()).ifPresent(c -> cells.put(c, formattedValue.strip()));
        }

        /** The header row names the template's columns in order: else the cells would be read under wrong names. */
        void checkHeader() {
            // A list made from the template before the posthumous columns (its header ends at O, or at the report's
            // column there) is still read, as not posthumous: nothing under those letters belongs to them.
            boolean before = Column.ADDED_FOR_POSTHUMOUS.stream().noneMatch(c -> c.header.equals(header.get(c)))
                    && (header.get(Column.POSTHUMOUS) == null || Column.RESULT_HEADER.equals(header.get(Column.POSTHUMOUS)))
                    && header.get(Column.RECEIVER_NAME) == null && header.get(Column.RECEIVER_RELATION) == null;
            if (before) {
                lines.forEach(l -> l.cells().keySet().removeAll(Column.ADDED_FOR_POSTHUMOUS));
            }
            for (Column c : Column.values()) {
                if (before && Column.ADDED_FOR_POSTHUMOUS.contains(c)) {
                    continue;
                }
                if (!c.header.equals(header.get(c))) {
                    throw new NotAListException("Dòng tiêu đề không đúng mẫu: cột " + c.letter + " phải là \"" + c.header
                            + "\"; hãy dùng mẫu danh sách mới nhất và không thêm, xoá hay đổi chỗ cột",
                            "Header row does not match the template: column " + c.letter + " must be \"" + c.header + "\"");
                }
            }
        }
    }

    private ListReader() {
    }
}
