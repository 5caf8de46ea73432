package vn.khenthuong.nominationlist;

/** What the unit asked for when it uploaded a list; the value is column {@code nomination_list.filing_mode}. */
enum FilingMode {
    /** Check every row, file nothing. */
    CHECK_ONLY("Chỉ kiểm tra"),
    /** File the rows that pass, report the others. */
    VALID_ROWS("Nộp các dòng hợp lệ"),
    /** File every row, or nothing when any row fails. */
    ALL_OR_NOTHING("Chỉ nộp khi tất cả các dòng hợp lệ");

    final String label;

    FilingMode(String label) {
        this.label = label;
    }
}
