package vn.khenthuong.report;

/**
 * What a report is about; every field is optional (null = all). {@code block} is an emulation block's code (its
 * members that year, or of every year when no year is given); {@code unit} includes the units below it (a district
 * its communes); {@code awardKind}, {@code nomineeKind} and {@code movement} are codes of the catalogue.
 * Bound from the query parameters of every report endpoint (same names); a blank code means all.
 */
record ReportFilter(Integer year, String block, String unit, String movement, String awardKind, String nomineeKind) {

    ReportFilter {
        block = blankToNull(block);
        unit = blankToNull(unit);
        movement = blankToNull(movement);
        awardKind = blankToNull(awardKind);
        nomineeKind = blankToNull(nomineeKind);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
