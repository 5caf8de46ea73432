package vn.khenthuong.catalog;

import java.time.LocalDate;

/** An administrative unit: province, district (huyện/thành phố) or commune (xã/phường/thị trấn). */
public record Unit(String code, String name, Tier tier, String parentCode, LocalDate validFrom, LocalDate validTo) {

    /** Whether the unit exists on that day: its validity bounds are inclusive, an open bound is no bound. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
