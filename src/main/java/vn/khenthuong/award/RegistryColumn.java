package vn.khenthuong.award;

import java.util.Arrays;
import java.util.Optional;
import vn.khenthuong.catalog.FoldedName;

/**
 * The columns of the import template (GET /api/award-registry/import-template.xlsx), in sheet order. A filled sheet is
 * read by its headers (ignoring case and diacritics), so a column moved by hand is still found; the two last ones are
 * optional and default as their notes say.
 */
enum RegistryColumn {

    DECISION_NUMBER("Số quyết định", true, 18, "Ví dụ: 1234/QĐ-UBND. Quyết định trước 05/03/2020 có thể ghi theo cách cũ, bắt đầu bằng số và dấu \"/\"."),
    DECISION_DATE("Ngày quyết định", true, 14, "Ngày ký, dạng ngày/tháng/năm (20/12/2019); không sau hôm nay."),
    SIGNER("Người ký/chức vụ", true, 28, "Ví dụ: Chủ tịch UBND tỉnh Lai Châu."),
    AWARD_KIND("Hình thức khen thưởng", true, 40, "Chọn trong danh sách."),
    NOMINEE_KIND("Đối tượng", true, 14, "Cá nhân, Tập thể, Hộ gia đình hoặc Doanh nghiệp."),
    NOMINEE_NAME("Họ tên/tên tập thể", true, 32, "Như ghi trong quyết định."),
    BIRTH_YEAR("Năm sinh", false, 10, "Cá nhân: năm sinh (bốn chữ số), để phân biệt người trùng tên."),
    POSITION("Chức vụ", false, 28, "Chức vụ, nghề nghiệp như ghi trong quyết định."),
    UNIT("Đơn vị", true, 30, "Chọn trong danh sách: đơn vị lập hồ sơ, nơi người được khen công tác hoặc cư trú."),
    MONEY("Số tiền (đồng)", false, 16, "Tiền thưởng ghi trong quyết định, số không âm; để trống nếu không có."),
    YEAR("Năm thành tích", false, 12, "Để trống: năm của ngày quyết định."),
    PROCEDURE_KIND("Loại khen thưởng", false, 18, "Để trống: Thường xuyên. Khen đột xuất, chuyên đề không làm căn cứ khen cao hơn.");

    private final String header;
    private final boolean required;
    private final int width;
    private final String note;

    RegistryColumn(String header, boolean required, int width, String note) {
        this.header = header;
        this.required = required;
        this.width = width;
        this.note = note;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    int width() {
        return width;
    }

    String note() {
        return note;
    }

    /** "A", "B", … as the sheet names the column in the template. */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    /** The column a header cell names, ignoring case, diacritics, blanks around "/" and a trailing "*". */
    static Optional<RegistryColumn> byHeader(String text) {
        String folded = fold(text);
        return Arrays.stream(values()).filter(c -> fold(c.header).equals(folded)).findFirst();
    }

    private static String fold(String text) {
        return FoldedName.of(text == null ? "" : text.replace("*", "")).replaceAll("\\s*/\\s*", "/");
    }
}
