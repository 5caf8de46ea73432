package vn.khenthuong.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Exports for the inspection file: a trail as PDF (DejaVu Sans embedded, so Vietnamese diacritics render and
 * extract on any machine) or CSV, and a search result as CSV or XLSX. CSV is UTF-8 with a byte order mark,
 * which Excel needs to read Vietnamese correctly.
 */
@Component
class TrailExports {

    static final String FONT = "fonts/DejaVuSans.ttf";
    private static final DateTimeFormatter TIME_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(AuditTrail.VIETNAM);
    private static final String[] SEARCH_HEADER = {"Mã hồ sơ", "Đối tượng", "Số định danh", "Đơn vị", "Huyện", "Danh hiệu / hình thức",
            "Phong trào", "Năm", "Trạng thái", "Số quyết định", "Ngày quyết định", "Người ký", "Ngày lập hồ sơ"};
    private static final String[] TRAIL_HEADER = {"Thời gian", "Loại", "Sự kiện", "Bước", "Người thực hiện", "Họ tên", "Nội dung", "Nguồn",
            "Số thứ tự trong chuỗi"};

    private final byte[] font;

    TrailExports() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + FONT + " missing from the classpath", e);
        }
    }

    byte[] pdf(Trail trail, ChainVerification verification, String exportedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
            Font title = new Font(base, 14, Font.BOLD);
            Font normal = new Font(base, 9);
            Font bold = new Font(base, 9, Font.BOLD);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Nhật ký hồ sơ " + trail.summary().code());
            doc.open();
            Trail.Summary s = trail.summary();
            Paragraph heading = new Paragraph("NHẬT KÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG " + s.code(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            doc.add(heading);
            doc.add(new Paragraph("Đối tượng: " + s.nomineeName() + (s.nomineeIdNumber() == null ? "" : " — số định danh " + s.nomineeIdNumber())
                    + "; đơn vị: " + s.unitName() + "; năm " + s.year(), normal));
            doc.add(new Paragraph("Danh hiệu / hình thức: " + s.awardKindName() + (s.movementName() == null ? "" : "; phong trào: " + s.movementName())
                    + "; trạng thái: " + s.statusVi() + (s.closingReason() == null ? "" : " — " + s.closingReason()), normal));
            if (s.award() != null) {
                doc.add(new Paragraph("Sổ khen thưởng: Quyết định số " + s.award().decisionNumber() + " ngày "
                        + s.award().decisionDate().format(AuditTrail.DATE_VI) + ", người ký " + s.award().signerName(), normal));
            }
            for (Trail.TallyView t : trail.tallies()) {
                doc.add(new Paragraph("Kiểm phiếu lần " + t.round() + ": " + t.yes() + "/" + t.memberCount() + " đồng ý, " + t.no() + " không đồng ý, "
                        + t.abstain() + " không biểu quyết — " + (t.passed() ? "đạt" : "không đạt") + "; thành viên tham gia: "
                        + String.join(", ", t.memberNames()) + (trail.secretBallot() ? " (bỏ phiếu kín: không ghi lựa chọn của từng người)"
                        : t.choices().isEmpty() ? "" : "; biểu quyết công khai: " + String.join("; ", t.choices())), normal));
            }
            for (Trail.Return r : trail.returns()) {
                doc.add(new Paragraph("Trả lại ở bước " + r.stepName() + " lúc " + time(r.returnedAt()) + (r.deadline() == null ? ""
                        : ", hạn " + r.deadline().format(AuditTrail.DATE_VI)) + ": " + r.statusVi() + (r.comment() == null ? "" : " — " + r.comment()), normal));
            }
            doc.add(new Paragraph(" ", normal));
            PdfPTable table = new PdfPTable(new float[] {13, 13, 14, 50, 10});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"Thời gian", "Sự kiện", "Người thực hiện", "Nội dung", "Nguồn"}) {
                PdfPCell cell = new PdfPCell(new Phrase(h, bold));
                cell.setBackgroundColor(new Color(230, 230, 230));
                table.addCell(cell);
            }
            for (Trail.Entry e : trail.entries()) {
                table.addCell(new Phrase(time(e.at()), normal));
                table.addCell(new Phrase(e.labelVi(), normal));
                // Names and titles, not logins: the CSV keeps the login in a column of its own.
                table.addCell(new Phrase(e.actorName() == null ? "" : e.actorName(), normal));
                table.addCell(new Phrase(e.detailVi(), normal));
                table.addCell(new Phrase(e.source().equals("audit") ? "Nhật ký #" + e.seq() : "Camunda", normal));
            }
            doc.add(table);
            doc.add(new Paragraph(" ", normal));
            doc.add(new Paragraph("Kiểm tra toàn vẹn nhật ký: " + verification.reasonVi() + " (" + verification.checkedRows() + " dòng, "
                    + verification.checkedChains() + " chuỗi). Mã băm đầu chuỗi của hồ sơ này: " + trail.chainHeadHash()
                    + "; mã băm tổng hợp các đầu chuỗi: " + verification.headHash(), normal));
            doc.add(new Paragraph("Xuất lúc " + time(Instant.now()) + " bởi " + exportedBy, normal));
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF export failed", e);
        }
        return out.toByteArray();
    }

    byte[] trailCsv(Trail trail) {
        return csv(TRAIL_HEADER, printer -> {
            for (Trail.Entry e : trail.entries()) {
                // seq is a number and stays one; every text column is neutralised.
                printer.printRecord(text(time(e.at())), text(e.kind()), text(e.labelVi()), text(e.stepName()), text(e.actor()),
                        text(e.actorName()), text(e.detailVi()), text(e.source()), e.seq());
            }
        });
    }

    byte[] searchCsv(List<AuditSearch.Row> rows) {
        return csv(SEARCH_HEADER, printer -> {
            for (AuditSearch.Row r : rows) {
                String[] cells = searchCells(r);
                for (int i = 0; i < cells.length; i++) {
                    // The year (column 7) is a number and stays one; every other column is text and is neutralised.
                    if (i != 7) {
                        cells[i] = text(cells[i]);
                    }
                }
                printer.printRecord((Object[]) cells);
            }
        });
    }

    byte[] searchXlsx(List<AuditSearch.Row> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Kết quả tra cứu");
            CellStyle header = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font boldFont = book.createFont();
            boldFont.setBold(true);
            header.setFont(boldFont);
            Row first = sheet.createRow(0);
            for (int i = 0; i < SEARCH_HEADER.length; i++) {
                first.createCell(i).setCellValue(SEARCH_HEADER[i]);
                first.getCell(i).setCellStyle(header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = searchCells(rows.get(r));
                for (int i = 0; i < cells.length; i++) {
                    if (i == 7) {
                        row.createCell(i).setCellValue(rows.get(r).year());
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] searchCells(AuditSearch.Row r) {
        return new String[] {r.code(), r.nomineeName(), nz(r.nomineeIdNumber()), r.unitName(), nz(r.districtName()), r.awardKindName(),
                nz(r.movementCode()), String.valueOf(r.year()), r.statusVi(), nz(r.decisionNumber()), date(r.decisionDate()), nz(r.signer()),
                time(r.filedAt())};
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(String[] header, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // before the header, which the printer writes as it is created
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL.builder().setHeader(header).get());
            rows.print(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * CSV injection (OWASP): a spreadsheet opening the CSV runs a cell starting with =, +, -, @ (or tab / CR, which
     * Excel strips before looking) as a formula, e.g. =HYPERLINK(...) in a nominee's name or a comment. Such a text cell
     * gets a leading apostrophe, which Excel and LibreOffice read as "this is text". Only text columns go through here:
     * numeric columns (sequence numbers, years) are written as they are, so a number is never turned into text.
     * The XLSX export needs none of this: POI writes string cells, which are never evaluated.
     */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME_VI.format(at);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(AuditTrail.DATE_VI);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
