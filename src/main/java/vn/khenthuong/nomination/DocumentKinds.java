package vn.khenthuong.nomination;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Vietnamese names of the document kinds, for messages and the dossier page. */
final class DocumentKinds {

    record Label(String code, String name) {
    }

    private static final Map<DocumentKind, String> NAMES = Map.of(
            DocumentKind.PROPOSAL_LETTER, "Tờ trình đề nghị khen thưởng",
            DocumentKind.ACHIEVEMENT_REPORT, "Báo cáo thành tích",
            DocumentKind.COUNCIL_MINUTES, "Biên bản họp Hội đồng Thi đua - Khen thưởng",
            DocumentKind.INITIATIVE_RECOGNITION, "Quyết định công nhận sáng kiến",
            DocumentKind.CONFIRMATION, "Văn bản xác nhận",
            DocumentKind.SCAN, "Bản chụp giấy tờ",
            DocumentKind.OTHER, "Tài liệu khác");

    static String vi(String kind) {
        try {
            return NAMES.get(DocumentKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    static List<Label> all() {
        return Arrays.stream(DocumentKind.values()).map(k -> new Label(k.name(), NAMES.get(k))).toList();
    }

    private DocumentKinds() {
    }
}
