package vn.khenthuong.nominationlist;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to an uploaded list: its counts and, row by row, what became of it — filed (with the nomination's code),
 * valid but not filed, or refused with every reason (column letter and header, the filing rule's field, Vietnamese and
 * English). {@code alreadyFiled}: this file had been filed before; the answer is that earlier list, nothing was filed now.
 */
record ListReport(long id, String unitCode, String uploadedBy, String fileName, String fileHash, String mode, String modeLabel,
                  String documentsName, int rowCount, int validCount, int invalidCount, int filedCount, int documentCount,
                  OffsetDateTime createdAt, boolean alreadyFiled, List<Row> rows) {

    record Row(int row, String outcome, String outcomeLabel, String nomineeName, String code, int documents, List<Problem> problems) {
    }

    record Problem(String column, String columnName, String field, String message, String messageEn) {
    }

    /** A list without its rows, for the unit's history. */
    record Summary(long id, String fileName, String mode, String modeLabel, int rowCount, int validCount, int invalidCount,
                   int filedCount, String uploadedBy, OffsetDateTime createdAt) {
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "FILED" -> "Đã nộp";
            case "VALID" -> "Hợp lệ, chưa nộp";
            default -> "Không hợp lệ";
        };
    }
}
