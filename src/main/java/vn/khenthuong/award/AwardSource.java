package vn.khenthuong.award;

/**
 * Where a line of the registry comes from (column {@code award.source}): the decision step of a nomination filed in
 * this system, or an administrator's import of a past decision from the paper registry ({@code award_import}).
 * Both count alike for eligibility; only the origin shown to people differs.
 */
public enum AwardSource {

    FILED("Ghi từ hồ sơ"),
    IMPORTED("Nhập từ sổ cũ");

    private final String label;

    AwardSource(String label) {
        this.label = label;
    }

    /** As the registry page shows it. */
    public String label() {
        return label;
    }
}
