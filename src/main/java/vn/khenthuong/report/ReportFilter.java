package vn.khenthuong.report;

/**
 * What a report is about; every field is optional (null = all). {@code block} is an emulation block's code (its
 * members that year, or of every year when no year is given); {@code unit} includes the units below it (a district
 * its communes); {@code awardKind}, {@code nomineeKind} and {@code movement} are codes of the catalogue.
 */
record ReportFilter(Integer year, String block, String unit, String movement, String awardKind, String nomineeKind) {

    static ReportFilter of(Integer year, String block, String unit, String movement, String awardKind, String nomineeKind) {
        return new ReportFilter(year, blankToNull(block), blankToNull(unit), blankToNull(movement), blankToNull(awardKind), blankToNull(nomineeKind));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
