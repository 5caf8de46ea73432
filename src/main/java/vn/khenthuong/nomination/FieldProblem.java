package vn.khenthuong.nomination;

/** One reason a dossier is refused, for a person (Vietnamese) and for a client (English). */
public record FieldProblem(String field, String messageVi, String messageEn) {
}
