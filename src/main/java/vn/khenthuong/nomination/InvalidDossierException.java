package vn.khenthuong.nomination;

import java.util.List;
import java.util.stream.Collectors;

/** A dossier refused at filing; nothing has been stored when this is thrown. */
public class InvalidDossierException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidDossierException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.messageVi() + " / " + p.messageEn()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
