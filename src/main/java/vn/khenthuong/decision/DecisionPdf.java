package vn.khenthuong.decision;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints an award decision in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): the issuing body and the number on
 * the left, the national title (Quốc hiệu) and motto (tiêu ngữ) and the place and date on the right, the kind of
 * document and its summary (trích yếu), the authority, the legal bases, the articles, the recipients (nơi nhận) and the
 * signer; the list of awardees as an annex. Certificates print one page per awardee. The wording comes from the
 * administrator's templates ({@link Templates}); positions, the Quốc hiệu and the tables are fixed here. DejaVu Sans is
 * embedded (as in the audit exports), so Vietnamese prints on any reader; bold is drawn by OpenPDF from the one face.
 */
@Component
class DecisionPdf {

    static final String FONT = "fonts/DejaVuSans.ttf";
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Millimetres to points. */
    private static final float MM = 72f / 25.4f;

    private final byte[] font;

    DecisionPdf() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + FONT + " missing from the classpath", e);
        }
    }

    private record Fonts(Font normal, Font bold, Font italic, Font boldItalic, Font small, Font smallBold, Font smallItalic, Font title, Font big,
                         Font table, Font tableBold) {
    }

    private Fonts fonts() {
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
            return new Fonts(new Font(base, 12), new Font(base, 12, Font.BOLD), new Font(base, 12, Font.ITALIC), new Font(base, 12, Font.BOLDITALIC),
                    new Font(base, 10), new Font(base, 10, Font.BOLD), new Font(base, 10, Font.ITALIC), new Font(base, 22, Font.BOLD),
                    new Font(base, 16, Font.BOLD), new Font(base, 9), new Font(base, 9, Font.BOLD));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot load " + FONT, e);
        }
    }

    /** The values the decision template may use. */
    static Map<String, String> values(AwardDecisions.View v) {
        Map<String, String> values = new HashMap<>();
        values.put("don_vi", v.unitName());
        values.put("DON_VI", Wording.upper(v.unitName()));
        values.put("dia_danh", Wording.place(v.unitName()));
        values.put("so", v.number() == null ? "      /QĐ-UBND" : v.number());
        values.put("ngay", Wording.date(v.date()));
        values.put("trich_yeu", v.title());
        values.put("can_cu", v.legalBases());
        values.put("so_luong", String.valueOf(v.awardees()));
        Set<String> kinds = new LinkedHashSet<>();
        v.lines().forEach(l -> kinds.add(l.awardKindName() == null ? l.awardKindCode() : l.awardKindName()));
        values.put("hinh_thuc", String.join(", ", kinds));
        values.put("tong_tien", Wording.money(v.totalAmount()) + " đồng");
        values.put("nguoi_ky", v.signerName());
        return values;
    }

    byte[] decision(AwardDecisions.View v, TemplateText t) {
        Fonts f = fonts();
        Map<String, String> values = values(v);
        boolean draft = !"SIGNED".equals(v.status());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Margins of Phụ lục I: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Quyết định " + values.get("so"));
            doc.addCreator("Hệ thống thi đua, khen thưởng");
            doc.open();
            if (draft) {
                doc.add(centered("DỰ THẢO", f.smallBold));
            }
            // Header: issuing body and number | national title, motto, place and date.
            PdfPTable header = new PdfPTable(new float[] {40, 60});
            header.setWidthPercentage(100);
            PdfPCell left = cell();
            for (String line : t.lines("co-quan-ban-hanh", values)) {
                left.addElement(centered(line, f.smallBold));
            }
            left.addElement(centered("_______", f.small));
            left.addElement(centered("Số: " + values.get("so"), f.small));
            PdfPCell right = cell();
            right.addElement(centered(NATIONAL_TITLE, f.smallBold));
            right.addElement(centered(MOTTO, f.bold));
            right.addElement(centered("_______________________", f.small));
            right.addElement(centered(values.get("dia_danh") + ", " + values.get("ngay"), f.italic));
            header.addCell(left);
            header.addCell(right);
            doc.add(header);
            doc.add(spacer(10));
            for (String line : t.lines("ten-loai", values)) {
                doc.add(centered(line, f.bold));
            }
            for (String line : t.lines("trich-yeu", values)) {
                doc.add(centered(line, f.bold));
            }
            doc.add(centered("_______", f.small));
            doc.add(spacer(6));
            for (String line : t.lines("tham-quyen", values)) {
                doc.add(centered(line, f.bold));
            }
            doc.add(spacer(6));
            for (String line : t.lines("can-cu", values)) {
                if (!line.isBlank()) {
                    doc.add(body(line, f.italic));
                }
            }
            doc.add(spacer(6));
            for (String line : t.lines("quyet-dinh", values)) {
                doc.add(centered(line, f.bold));
            }
            for (String section : List.of("dieu-1", "dieu-2", "dieu-3")) {
                for (String line : t.lines(section, values)) {
                    doc.add(article(line, f));
                }
            }
            doc.add(spacer(12));
            // Recipients on the left, the signer on the right.
            PdfPTable footer = new PdfPTable(new float[] {50, 50});
            footer.setWidthPercentage(100);
            footer.setKeepTogether(true);
            PdfPCell recipients = cell();
            Paragraph label = new Paragraph("Nơi nhận:", f.smallBold);
            recipients.addElement(label);
            for (String line : t.lines("noi-nhan", values)) {
                recipients.addElement(new Paragraph(line, f.small));
            }
            PdfPCell signer = cell();
            for (String line : t.lines("chuc-vu-nguoi-ky", values)) {
                signer.addElement(centered(line, f.bold));
            }
            signer.addElement(centered(draft ? "(chưa ký)" : "(đã ký)", f.smallItalic));
            signer.addElement(spacer(40));
            signer.addElement(centered(v.signerName(), f.bold));
            footer.addCell(recipients);
            footer.addCell(signer);
            doc.add(footer);

            // Annex: the list of Article 1.
            doc.newPage();
            for (String line : t.lines("phu-luc-tieu-de", values)) {
                doc.add(centered(line, f.bold));
            }
            for (String line : t.lines("phu-luc-ghi-chu", values)) {
                doc.add(centered(line, f.italic));
            }
            doc.add(spacer(8));
            PdfPTable list = new PdfPTable(new float[] {5, 18, 21, 24, 17, 15});
            list.setWidthPercentage(100);
            list.setHeaderRows(1);
            for (String h : new String[] {"TT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích", "Hình thức khen thưởng", "Số tiền (đồng)"}) {
                PdfPCell c = new PdfPCell(new Phrase(h, f.tableBold));
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                list.addCell(c);
            }
            int no = 1;
            for (AwardDecisions.Line l : v.lines()) {
                list.addCell(listCell(String.valueOf(no++), f.table, Element.ALIGN_CENTER));
                list.addCell(listCell(l.nomineeName(), f.table, Element.ALIGN_LEFT));
                list.addCell(listCell(l.position(), f.table, Element.ALIGN_LEFT));
                list.addCell(listCell(l.achievement(), f.table, Element.ALIGN_LEFT));
                list.addCell(listCell(l.awardKindName() == null ? l.awardKindCode() : l.awardKindName(), f.table, Element.ALIGN_LEFT));
                list.addCell(listCell(l.amount() == null ? "" : Wording.money(l.amount()), f.table, Element.ALIGN_RIGHT));
            }
            PdfPCell totalLabel = listCell("Tổng cộng: " + v.awardees() + " cá nhân, tập thể", f.tableBold, Element.ALIGN_LEFT);
            totalLabel.setColspan(5);
            list.addCell(totalLabel);
            list.addCell(listCell(Wording.money(v.totalAmount()), f.tableBold, Element.ALIGN_RIGHT));
            doc.add(list);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot print decision " + v.id(), e);
        }
        return out.toByteArray();
    }

    /** One page per awardee, each on the template of its award kind. */
    byte[] certificates(AwardDecisions.View v, Function<String, TemplateText> templateOfKind) {
        Fonts f = fonts();
        Map<String, String> common = values(v);
        Map<String, TemplateText> templates = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 25 * MM, 25 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Bằng khen, giấy khen theo Quyết định " + common.get("so"));
            doc.open();
            int no = 0;
            for (AwardDecisions.Line l : v.lines()) {
                if (no++ > 0) {
                    doc.newPage();
                }
                TemplateText t = templates.computeIfAbsent(l.awardKindCode(), templateOfKind);
                Map<String, String> values = new HashMap<>();
                values.put("don_vi", common.get("don_vi"));
                values.put("DON_VI", common.get("DON_VI"));
                values.put("dia_danh", common.get("dia_danh"));
                values.put("so", common.get("so"));
                values.put("ngay", common.get("ngay"));
                values.put("nguoi_ky", common.get("nguoi_ky"));
                values.put("ho_ten", l.nomineeName());
                values.put("chuc_vu_don_vi", l.position());
                values.put("thanh_tich", l.achievement());
                String kind = l.awardKindName() == null ? l.awardKindCode() : l.awardKindName();
                values.put("hinh_thuc", kind);
                values.put("HINH_THUC", Wording.upper(kind));
                values.put("so_tien", l.amount() == null ? "" : Wording.money(l.amount()) + " đồng");
                values.put("so_thu_tu", v.id() + "/" + l.no());
                for (String line : t.lines("dau-trang", values)) {
                    doc.add(centered(line, f.bold));
                }
                doc.add(spacer(16));
                for (String line : t.lines("tieu-de", values)) {
                    doc.add(centered(line, f.title));
                }
                doc.add(spacer(12));
                for (String line : t.lines("nguoi-nhan", values)) {
                    doc.add(centered(line, f.big));
                }
                doc.add(spacer(8));
                for (String line : t.lines("noi-dung", values)) {
                    doc.add(centered(line, f.normal));
                }
                doc.add(spacer(24));
                PdfPTable footer = new PdfPTable(new float[] {50, 50});
                footer.setWidthPercentage(100);
                PdfPCell left = cell();
                for (String line : t.lines("chan-trai", values)) {
                    left.addElement(new Paragraph(line, f.small));
                }
                PdfPCell right = cell();
                right.addElement(centered(common.get("dia_danh") + ", " + common.get("ngay"), f.italic));
                for (String line : t.lines("chuc-vu-nguoi-ky", values)) {
                    right.addElement(centered(line, f.bold));
                }
                right.addElement(spacer(36));
                right.addElement(centered(common.get("nguoi_ky"), f.bold));
                footer.addCell(left);
                footer.addCell(right);
                doc.add(footer);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot print certificates of decision " + v.id(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private static PdfPCell listCell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph body(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(4);
        return p;
    }

    /** "Điều 1." in bold, the rest of the article in the body face. */
    private static Paragraph article(String line, Fonts f) {
        Paragraph p = new Paragraph();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(Điều \\d+\\.)(.*)$").matcher(line);
        if (m.matches()) {
            p.add(new Chunk(m.group(1), f.bold));
            p.add(new Chunk(m.group(2), f.normal));
        } else {
            p.add(new Chunk(line, f.normal));
        }
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph spacer(float points) {
        Paragraph p = new Paragraph(" ");
        p.setSpacingAfter(points / 2);
        p.setLeading(points / 2);
        return p;
    }
}
