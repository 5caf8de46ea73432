package vn.khenthuong.eligibility;

import vn.khenthuong.catalog.FoldedName;

/** Who is the same nominee: the same CCCD when both records carry one, else the same name (ignoring case and diacritics) in the same unit. */
final class Names {

    static boolean sameNominee(String idA, String nameA, String unitA, String idB, String nameB, String unitB) {
        if (idA != null && idB != null) {
            return idA.equals(idB);
        }
        return unitA != null && unitA.equals(unitB) && !FoldedName.of(nameA).isEmpty() && FoldedName.of(nameA).equals(FoldedName.of(nameB));
    }

    private Names() {
    }
}
