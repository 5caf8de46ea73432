package vn.khenthuong.emulation;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A pact that breaks {@link PactRules}: answered 400, its reason "Vietnamese / English". */
public class InvalidPactException extends ResponseStatusException {

    private final transient List<PactProblem> problems;

    public InvalidPactException(List<PactProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "Giao ước chưa hợp lệ: " + problems.stream().map(PactProblem::messageVi).collect(Collectors.joining("; "))
                + " / Invalid pact: " + problems.stream().map(PactProblem::messageEn).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PactProblem> problems() {
        return problems;
    }
}
