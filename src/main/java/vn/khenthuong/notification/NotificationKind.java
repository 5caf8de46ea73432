package vn.khenthuong.notification;

import java.util.Arrays;
import java.util.Optional;

/** What a mail is about; each person may turn each kind off. The value is what the tables store (V21 checks it). */
public enum NotificationKind {

    /** One mail per day and person listing the tasks that reached them that day (not one per dossier). */
    TASK_DIGEST("Việc mới cần xử lý (bản tin hằng ngày)"),
    /** To the filing unit's officials: the dossier came back to be completed or supplemented. */
    RETURNED("Hồ sơ bị trả lại, yêu cầu bổ sung"),
    /** To the filing unit's officials, a few working days before the supplementation deadline. */
    DEADLINE("Sắp hết hạn bổ sung hồ sơ"),
    /** To the filing unit's officials: the nomination ended without an award. */
    REJECTED("Hồ sơ không được khen thưởng"),
    /** To the filing unit's officials: the award was decided and recorded. */
    AWARDED("Hồ sơ được khen thưởng");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<NotificationKind> find(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
