package vn.khenthuong.nominationlist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.input.XlsxTemplates;

/**
 * The .xlsx a commune downloads: the sheet "Danh sách" (one row per nominee, drop-downs fed by the hidden sheet
 * "Danh mục"), and the guide "Hướng dẫn". Small, so written with POI's ordinary workbook.
 */
final class ListTemplate {

    static final String LIST_SHEET = "Danh sách";
    static final String CHOICES_SHEET = "Danh mục";
    static final String GUIDE_SHEET = "Hướng dẫn";
    /** Rows the drop-downs cover; a list may be longer (the reader takes up to {@link ListReader#MAX_ROWS}). */
    static final int VALIDATED_ROWS = 10_000;
    /** The one choice of the movement drop-down when no movement is open (a drop-down cannot be empty). */
    static final String NO_MOVEMENT = "(không có phong trào đang diễn ra)";

    record Content(int year, String unitName, List<AwardKind> awardKinds, List<Movement> movements, List<String> documentKindNames) {
    }

    static byte[] write(Content content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet list = wb.createSheet(LIST_SHEET);
            Sheet guide = wb.createSheet(GUIDE_SHEET);
            Sheet choices = wb.createSheet(CHOICES_SHEET);

            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = XlsxTemplates.headerStyle(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
            CellStyle text = XlsxTemplates.format(wb, "@");

            Row head = list.createRow(0);
            for (Column c : Column.values()) {
                head.createCell(c.index()).setCellValue(c.header);
                head.getCell(c.index()).setCellStyle(header);
                list.setColumnWidth(c.index(), c.width * 256);
            }
            // Typed as text: a CCCD or a tax code keeps its leading zeros, a code is not read as a number.
            list.setDefaultColumnStyle(Column.ID_NUMBER.index(), text);
            list.setDefaultColumnStyle(Column.TAX_CODE.index(), text);
            list.createFreezePane(0, 1);

            choiceList(wb, choices, 0, "DS_DOI_TUONG", Choices.nomineeKinds());
            choiceList(wb, choices, 1, "DS_KHEN_THUONG", content.awardKinds().stream().map(Choices::awardKind).toList());
            choiceList(wb, choices, 2, "DS_GIOI_TINH", Choices.GENDER_LABELS);
            choiceList(wb, choices, 3, "DS_PHONG_TRAO", content.movements().isEmpty()
                    ? List.of(NO_MOVEMENT) : content.movements().stream().map(Choices::movement).toList());
            choiceList(wb, choices, 4, "DS_LOAI_KHEN_THUONG", Choices.procedures());
            choiceList(wb, choices, 5, "DS_CO_KHONG", Choices.YES_NO);
            wb.setSheetHidden(wb.getSheetIndex(choices), true);

            dropDown(list, Column.NOMINEE_KIND, "DS_DOI_TUONG");
            dropDown(list, Column.AWARD_KIND, "DS_KHEN_THUONG");
            dropDown(list, Column.GENDER, "DS_GIOI_TINH");
            dropDown(list, Column.MOVEMENT, "DS_PHONG_TRAO");
            dropDown(list, Column.PROCEDURE, "DS_LOAI_KHEN_THUONG");
            dropDown(list, Column.POSTHUMOUS, "DS_CO_KHONG");

            guide(guide, content, bold);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void choiceList(XSSFWorkbook wb, Sheet sheet, int column, String name, List<String> values) {
        Row title = XlsxTemplates.row(sheet, 0);
        title.createCell(column).setCellValue(name);
        for (int i = 0; i < values.size(); i++) {
            XlsxTemplates.row(sheet, i + 1).createCell(column).setCellValue(values.get(i));
        }
        String letter = String.valueOf((char) ('A' + column));
        Name range = wb.createName();
        range.setNameName(name);
        range.setRefersToFormula("'" + CHOICES_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
    }

    private static void dropDown(XSSFSheet sheet, Column column, String listName) {
        XlsxTemplates.dropDown(sheet, column.index(), VALIDATED_ROWS, listName,
                "Hãy chọn một giá trị trong danh sách thả xuống của cột \"" + column.header + "\".");
    }

    private static void guide(Sheet guide, Content content, Font bold) {
        guide.setColumnWidth(0, 120 * 256);
        String[] lines = {
                "HƯỚNG DẪN LẬP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (" + content.unitName() + ", năm " + content.year() + ")",
                "",
                "1. Mỗi dòng của trang \"" + LIST_SHEET + "\" là một đối tượng được đề nghị; dòng 1 là tiêu đề, không sửa, không xoá cột.",
                "2. Cột có dấu (*) bắt buộc với mọi đối tượng. Các cột khác bắt buộc tuỳ loại đối tượng:",
                "   - Cá nhân: họ và tên, năm sinh, chức vụ, đơn vị công tác; giới tính và số căn cước (12 chữ số) nếu có.",
                "   - Tập thể: tên tập thể, số thành viên, người đứng đầu.",
                "   - Hộ gia đình: chủ hộ, địa chỉ (bản/thôn, xã), số thành viên; tên hộ để trống sẽ ghi là \"Hộ gia đình <chủ hộ>\".",
                "   - Doanh nghiệp: tên doanh nghiệp, mã số thuế (10 chữ số, hoặc 10 chữ số - 3 chữ số).",
                "3. Loại đối tượng, danh hiệu/hình thức, giới tính, phong trào, loại khen thưởng: chọn trong danh sách thả xuống.",
                "   Danh sách danh hiệu/hình thức chỉ gồm những loại còn áp dụng cho hồ sơ năm " + content.year()
                        + " (từ 01/7/2025 chính quyền địa phương hai cấp: không còn Giấy khen của Chủ tịch UBND huyện).",
                "4. Năm thành tích để trống là năm hiện tại. Loại khen thưởng để trống là khen thưởng thường xuyên.",
                "   Truy tặng (chỉ cho cá nhân đã mất): chọn \"" + Choices.YES + "\" và ghi họ tên thân nhân nhận thay và quan hệ với người được"
                        + " truy tặng (vợ, chồng, con, ...); để trống hoặc \"" + Choices.NO + "\" nếu không truy tặng.",
                "5. Khi tải lên, mỗi dòng được kiểm tra theo đúng các quy định như khi lập hồ sơ trên biểu mẫu. Kết quả cho từng dòng,"
                        + " từng cột; có thể tải về chính bảng này với cột \"" + Column.RESULT_HEADER + "\" ghi lỗi.",
                "6. Chọn cách nộp: chỉ kiểm tra; nộp các dòng hợp lệ; hoặc chỉ nộp khi tất cả các dòng đều hợp lệ.",
                "7. Một tệp đã nộp thì tải lên lần nữa không nộp lại. Một dòng trùng đối tượng (cùng loại đối tượng, cùng danh hiệu, cùng năm;"
                        + " cùng số căn cước, hoặc cùng tên khi thiếu số căn cước) với dòng trên trong danh sách, hoặc với hồ sơ đơn vị đã"
                        + " lập (đang xử lý hoặc đã khen thưởng), bị từ chối.",
                "8. Tài liệu kèm theo (không bắt buộc): một tệp .zip, mỗi tài liệu đặt tên <số dòng>-<loại tài liệu>.<đuôi>, ví dụ"
                        + " 5-bao-cao-thanh-tich.pdf là báo cáo thành tích của dòng 5 (số dòng như Excel đánh số ở lề trái).",
                "   Loại tài liệu viết không dấu, nối bằng dấu gạch: " + String.join("; ", content.documentKindNames()) + ".",
                "   Mỗi tài liệu: PDF, JPEG, PNG hoặc DOCX, tối đa 10 MB; cả lần tải lên (bảng tính và tệp .zip) tối đa 12 MB.",
                "9. Mỗi dòng được nộp thành một hồ sơ đề nghị khen thưởng như hồ sơ lập trên biểu mẫu, chờ bổ sung tài liệu.",
        };
        for (int i = 0; i < lines.length; i++) {
            guide.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        CellStyle title = guide.getWorkbook().createCellStyle();
        title.setFont(bold);
        guide.getRow(0).getCell(0).setCellStyle(title);
    }

    private ListTemplate() {
    }
}
