package vn.khenthuong.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of a person's or unit's name: lower case, without diacritics, single spaces ("Lò Thị  Dung"
 * → "lo thi dung"). SQL has no portable way to drop Vietnamese diacritics, so the registry, the auditor's search
 * index and the eligibility checks all store and compare this form; they must fold alike, hence one method.
 */
public final class FoldedName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "" for null. "Đ" and "đ" are letters of their own in Unicode, not a d with a mark, so they are replaced first. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    private FoldedName() {
    }
}
