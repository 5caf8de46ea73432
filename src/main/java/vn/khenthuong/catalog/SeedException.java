package vn.khenthuong.catalog;

/** A seed file an administrator edited is wrong; the message names the file and the entry so it can be fixed. */
public class SeedException extends IllegalStateException {

    public SeedException(String file, String entry, String problem) {
        super(file + (entry == null ? "" : ", mục/entry '" + entry + "'") + ": " + problem);
    }
}
