package vn.khenthuong.nomination;

import java.util.List;
import java.util.function.Function;

/**
 * A named dossier rule with its legal basis (STYLE.md 12): it returns, for a subject, the problems it
 * finds, in Vietnamese for the official and in English for an API client; empty when it holds.
 */
record Rule<T>(String name, String legalBasis, Function<T, List<FieldProblem>> check) {

    List<FieldProblem> apply(T subject) {
        return check.apply(subject);
    }

    static <T> List<FieldProblem> applyAll(List<Rule<T>> rules, T subject) {
        return rules.stream().flatMap(r -> r.apply(subject).stream()).toList();
    }
}
