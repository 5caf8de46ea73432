package vn.khenthuong.decision;

/** An administrator saved (or dropped, back to the seed file) a printing template. */
public record TemplateChanged(String name, String actor, boolean reset) {
}
