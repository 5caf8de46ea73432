package vn.khenthuong.catalog;

import java.util.List;

/** A movement the catalogue does not write: bad input (with the fields at fault), unknown, or a duplicate code. */
public class MovementRefusedException extends RuntimeException {

    public enum Reason {
        INVALID, NOT_FOUND, DUPLICATE
    }

    /** One field at fault, in Vietnamese and English. */
    public record Problem(String field, String messageVi, String messageEn) {
    }

    private final Reason reason;
    private final List<Problem> problems;

    public MovementRefusedException(Reason reason, List<Problem> problems) {
        super(reason + ": " + problems);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }
}
