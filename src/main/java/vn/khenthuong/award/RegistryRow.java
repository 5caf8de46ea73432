package vn.khenthuong.award;

import java.util.EnumMap;
import java.util.Map;

/** One line of an import as written (cell texts), with the row number the person sees in the sheet (1-based). */
record RegistryRow(int row, Map<RegistryColumn, String> cells) {

    RegistryRow {
        cells = cells.isEmpty() ? new EnumMap<>(RegistryColumn.class) : new EnumMap<>(cells);
    }

    /** The cell's text, trimmed; null when empty. */
    String get(RegistryColumn column) {
        String v = cells.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
