package vn.khenthuong.award;

/** An uploaded file that is not a filled import template: nothing of it is read into the registry (400). */
public class RegistryFileRefusedException extends RuntimeException {

    private final String vi;
    private final String en;

    RegistryFileRefusedException(String vi, String en) {
        super(vi + " / " + en);
        this.vi = vi;
        this.en = en;
    }

    RegistryFileRefusedException(String vi, String en, Throwable cause) {
        super(vi + " / " + en, cause);
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
