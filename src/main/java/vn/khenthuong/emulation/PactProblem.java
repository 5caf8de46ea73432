package vn.khenthuong.emulation;

/** One thing wrong with a pact: the field at fault, in Vietnamese for the official and in English. */
public record PactProblem(String field, String messageVi, String messageEn) {
}
