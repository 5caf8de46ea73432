package vn.khenthuong.report;

import java.util.List;

/** A report asked with filters that name nothing known: answered 400 with every problem, Vietnamese and English. */
class ReportRefusedException extends RuntimeException {

    record Problem(String field, String messageVi, String messageEn) {
    }

    private final transient List<Problem> problems;

    ReportRefusedException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::messageEn).toList()));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
