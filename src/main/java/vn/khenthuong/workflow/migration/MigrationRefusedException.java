package vn.khenthuong.workflow.migration;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A migration request that cannot be served as asked: Vietnamese and English, and the fields (or plan rows) at fault. */
class MigrationRefusedException extends RuntimeException {

    /** A field or a row of the plan at fault. */
    record Problem(String field, String message, String messageEn) {
    }

    final HttpStatus status;
    final String vi;
    final String en;
    final List<Problem> problems;

    MigrationRefusedException(HttpStatus status, String vi, String en, List<Problem> problems) {
        super(vi + " / " + en);
        this.status = status;
        this.vi = vi;
        this.en = en;
        this.problems = List.copyOf(problems);
    }

    static MigrationRefusedException badRequest(String vi, String en, List<Problem> problems) {
        return new MigrationRefusedException(HttpStatus.BAD_REQUEST, vi, en, problems);
    }
}
