package vn.khenthuong.emulation;

import java.util.Map;

/**
 * Something changed in a block's year end (or a document left it); the audit records it in the global chain.
 * {@code unitCode} is the member concerned, if any. A secret ballot's event names the unit that took part, never its choice.
 */
public record YearEndRecorded(String blockCode, int year, YearEndAction action, String actor, String unitCode, Map<String, Object> details) {

    public YearEndRecorded {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
