package vn.khenthuong.eligibility;

import java.text.Normalizer;
import java.util.Locale;

/** Who is the same nominee: the same CCCD when both records carry one, else the same name (ignoring case and diacritics) in the same unit. */
final class Names {

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    static boolean sameNominee(String idA, String nameA, String unitA, String idB, String nameB, String unitB) {
        if (idA != null && idB != null) {
            return idA.equals(idB);
        }
        return unitA != null && unitA.equals(unitB) && !fold(nameA).isEmpty() && fold(nameA).equals(fold(nameB));
    }

    private Names() {
    }
}
