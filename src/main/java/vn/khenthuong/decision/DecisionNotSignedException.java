package vn.khenthuong.decision;

import java.util.List;

/** The decision was not signed because of these dossiers; nothing of the signature was written. */
class DecisionNotSignedException extends RuntimeException {

    private final transient List<AwardDecisions.Row> rows;

    DecisionNotSignedException(List<AwardDecisions.Row> rows) {
        super("Quyết định chưa được ký: " + rows.size() + " hồ sơ bị từ chối / the decision was not signed: " + rows.size() + " dossier(s) refused");
        this.rows = rows;
    }

    List<AwardDecisions.Row> rows() {
        return rows;
    }
}
