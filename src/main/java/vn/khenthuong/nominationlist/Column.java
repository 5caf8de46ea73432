package vn.khenthuong.nominationlist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the list template, in sheet order: the Vietnamese header an official reads, and the field of
 * {@code nomination.NewDossier} (the filing rules name the same fields in their problems, which is how a problem
 * finds its column in the report).
 */
enum Column {
    NOMINEE_KIND("A", "Loại đối tượng (*)", "nomineeKind", 16),
    AWARD_KIND("B", "Danh hiệu / hình thức khen thưởng (*)", "awardKindCode", 44),
    NOMINEE_NAME("C", "Họ và tên / tên tập thể, doanh nghiệp", "nomineeName", 30),
    BIRTH_YEAR("D", "Năm sinh", "nomineeBirthYear", 10),
    GENDER("E", "Giới tính", "nomineeGender", 10),
    ID_NUMBER("F", "Số căn cước công dân", "nomineeIdNumber", 18),
    POSITION("G", "Chức vụ, đơn vị công tác", "nomineePosition", 30),
    ADDRESS("H", "Địa chỉ (bản/thôn, xã)", "nomineeAddress", 26),
    MEMBER_COUNT("I", "Số thành viên", "memberCount", 12),
    HEAD_NAME("J", "Người đứng đầu / chủ hộ", "headName", 24),
    TAX_CODE("K", "Mã số thuế", "taxCode", 16),
    MOVEMENT("L", "Phong trào thi đua", "movementCode", 40),
    PROCEDURE("M", "Loại khen thưởng", "procedureKind", 18),
    YEAR("N", "Năm thành tích", "year", 12),
    ACHIEVEMENTS("O", "Tóm tắt thành tích (*)", "achievements", 60),
    // Truy tặng (V24): the flag and the family member who receives the award, as the form asks them.
    POSTHUMOUS("P", "Truy tặng", "posthumous", 10),
    RECEIVER_NAME("Q", "Thân nhân nhận thay (khi truy tặng)", "receiverName", 28),
    RECEIVER_RELATION("R", "Quan hệ với người được truy tặng", "receiverRelation", 18);

    /** Columns a list made from the template before them lacks; such a list is read as not posthumous. */
    static final java.util.Set<Column> ADDED_FOR_POSTHUMOUS = java.util.EnumSet.of(POSTHUMOUS, RECEIVER_NAME, RECEIVER_RELATION);

    /** The column the report adds: the answer for the row. */
    static final String RESULT_LETTER = "S";
    static final String RESULT_HEADER = "Kết quả kiểm tra";

    final String letter;
    final String header;
    final String field;
    final int width;

    Column(String letter, String header, String field, int width) {
        this.letter = letter;
        this.header = header;
        this.field = field;
        this.width = width;
    }

    int index() {
        return ordinal();
    }

    static Optional<Column> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    static Optional<Column> at(int index) {
        return index >= 0 && index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }
}
