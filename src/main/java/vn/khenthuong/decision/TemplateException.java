package vn.khenthuong.decision;

/** A printing template that cannot be used, with the line at fault (0 = the whole file). */
class TemplateException extends RuntimeException {

    private final String vi;
    private final String en;

    TemplateException(String template, int line, String vi, String en) {
        super("Mẫu " + template + (line > 0 ? ", dòng " + line : "") + ": " + vi + " / template " + template + (line > 0 ? ", line " + line : "") + ": " + en);
        this.vi = "Mẫu " + template + (line > 0 ? ", dòng " + line : "") + ": " + vi;
        this.en = "template " + template + (line > 0 ? ", line " + line : "") + ": " + en;
    }

    String vi() {
        return vi;
    }

    String en() {
        return en;
    }
}
