package vn.khenthuong.emulation;

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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * The minutes of the block meeting (biên bản họp khối) as a PDF: the pact's indicators, every member's points per
 * indicator, totals and ranking, the ballot's counts (secret: counts only) and what the block proposes. Written once
 * after the tally, stored with the round, read by the block's members' officers, the provincial board and auditors.
 * The font is embedded (DejaVu Sans, as the audit's PDF) so Vietnamese reads the same everywhere.
 */
@Service
public class BlockMinutes {

    static final String FONT = "fonts/DejaVuSans.ttf";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME_VI = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final JdbcYearEnds store;
    private final BlockYearEnds yearEnds;
    private final BlockRankings rankings;
    private final BlockBallots ballots;
    private final BlockPacts pacts;
    private final Catalog catalog;
    private final Officials officials;
    private final ApplicationEventPublisher events;
    private final byte[] font;

    BlockMinutes(JdbcYearEnds store, BlockYearEnds yearEnds, BlockRankings rankings, BlockBallots ballots, BlockPacts pacts, Catalog catalog,
                 Officials officials, ApplicationEventPublisher events) {
        this.store = store;
        this.yearEnds = yearEnds;
        this.rankings = rankings;
        this.ballots = ballots;
        this.pacts = pacts;
        this.catalog = catalog;
        this.officials = officials;
        this.events = events;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + FONT + " missing from the classpath", e);
        }
    }

    /** Writes and stores the minutes of a tallied round; returns the PDF's SHA-256. */
    @Transactional
    public String write(long roundId, String actor) {
        YearEndRound round = store.lock(roundId);
        if (!YearEndRound.VOTING.equals(round.state())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Biên bản đã lập hoặc chưa kiểm phiếu / minutes already written or ballots not counted");
        }
        byte[] pdf = pdf(round);
        String sha = BlockYearEnds.sha256(pdf);
        store.storeMinutes(roundId, pdf, sha);
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.MINUTES_WRITTEN, actor, null,
                Map.of("sha256", sha, "sizeBytes", pdf.length)));
        return sha;
    }

    /** The stored minutes of a round, for the process's own steps (attached to the nominations it starts). */
    @Transactional(readOnly = true)
    public byte[] stored(long roundId) {
        return store.minutes(roundId).orElseThrow(() -> new IllegalStateException("no minutes for round " + roundId));
    }

    /** The stored minutes for a reader of the block's year end; the download is audited. */
    @Transactional
    public byte[] download(String blockCode, int year) {
        Official who = officials.current();
        YearEndRound round = yearEnds.round(blockCode, year);
        yearEnds.requireReader(who, round);
        byte[] pdf = store.minutes(round.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Chưa có biên bản họp khối / no minutes yet"));
        events.publishEvent(new YearEndRecorded(blockCode, year, YearEndAction.MINUTES_DOWNLOADED, who.userId(), null,
                Map.of("sha256", store.minutesSha256(round.id()))));
        return pdf;
    }

    private byte[] pdf(YearEndRound round) {
        Pact pact = pacts.pact(round.blockCode(), round.year()).orElseThrow();
        Ranking ranking = rankings.of(round.blockCode(), round.year()).orElseThrow();
        BlockTally tally = ballots.counted(round.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
            Font title = new Font(base, 14, Font.BOLD);
            Font normal = new Font(base, 9);
            Font bold = new Font(base, 9, Font.BOLD);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Biên bản họp " + pact.name() + " năm " + round.year());
            doc.open();
            Paragraph heading = new Paragraph("BIÊN BẢN HỌP " + pact.name().toUpperCase(java.util.Locale.forLanguageTag("vi")) + " NĂM " + round.year(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            doc.add(heading);
            doc.add(new Paragraph("Bình xét, suy tôn đơn vị dẫn đầu phong trào thi đua. Trưởng khối: " + name(round.headUnit())
                    + ". Số đơn vị thành viên: " + tally.members() + ".", normal));
            doc.add(new Paragraph("1. Điểm chấm theo giao ước thi đua (bảng blockScoring; trọng số năm " + round.year()
                    + (pact.indicators().stream().anyMatch(Indicator::minhHoa) ? " là minh hoạ" : "") + "):", bold));
            float[] widths = new float[pact.indicators().size() + 3];
            widths[0] = 14;
            for (int i = 0; i < pact.indicators().size(); i++) {
                widths[i + 1] = 8;
            }
            widths[widths.length - 2] = 7;
            widths[widths.length - 1] = 6;
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            header(table, "Đơn vị", bold);
            pact.indicators().forEach(i -> header(table, i.name() + " (" + i.weight().toPlainString() + ")", bold));
            header(table, "Tổng điểm", bold);
            header(table, "Xếp hạng", bold);
            for (Ranking.Row r : ranking.rows()) {
                table.addCell(new Phrase(r.unitName(), normal));
                for (Indicator i : pact.indicators()) {
                    table.addCell(new Phrase(number(r.pointsByIndicator().get(i.code())), normal));
                }
                table.addCell(new Phrase(number(r.total()), bold));
                table.addCell(new Phrase(r.rank() + (r.tied() ? " (đồng hạng)" : ""), normal));
            }
            doc.add(table);
            doc.add(new Paragraph(" ", normal));
            doc.add(new Paragraph("2. Kết quả bỏ phiếu kín (chỉ ghi số phiếu, không ghi lựa chọn của từng đơn vị): " + tally.ballots() + "/" + tally.members()
                    + " đơn vị bỏ phiếu; " + tally.confirm() + " phiếu nhất trí kết quả xếp hạng; " + tally.propose() + " phiếu nêu đơn vị đề nghị suy tôn.", bold));
            StringBuilder support = new StringBuilder("Số phiếu ủng hộ dẫn đầu khối: ");
            tally.support().forEach((u, n) -> support.append(name(u)).append(" ").append(n).append("; "));
            doc.add(new Paragraph(support.toString(), normal));
            doc.add(new Paragraph("3. Khối thống nhất đề nghị:", bold));
            if (tally.proposals().isEmpty()) {
                doc.add(new Paragraph("Không có đơn vị nào đủ số phiếu để đề nghị.", normal));
            }
            for (BlockTally.Proposal p : tally.proposals()) {
                doc.add(new Paragraph("– " + p.kind().label() + ": " + name(p.unitCode()) + " (" + p.support() + " phiếu ủng hộ)", normal));
            }
            doc.add(new Paragraph(" ", normal));
            doc.add(new Paragraph("Lập lúc " + TIME_VI.format(ZonedDateTime.now(VIETNAM)) + " từ dữ liệu của hệ thống (khối " + round.blockCode()
                    + ", năm " + round.year() + ").", normal));
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Minutes PDF failed", e);
        }
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(230, 230, 230));
        table.addCell(cell);
    }

    private static String number(BigDecimal d) {
        return d == null ? "" : d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private String name(String unit) {
        return catalog.unit(unit).map(Unit::name).orElse(unit);
    }
}
