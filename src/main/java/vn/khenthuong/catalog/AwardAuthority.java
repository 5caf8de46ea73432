package vn.khenthuong.catalog;

import java.time.LocalDate;

/**
 * Who decides an award kind, and which council votes on it, during a period ({@code null} ends are open).
 * The same kind changed hands on 1 July 2025 when districts were abolished (LAW.md).
 */
public record AwardAuthority(LocalDate validFrom, LocalDate validTo, Tier decidingLevel, String decidedBy, Tier councilLevel) {

    public boolean coversDate(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
