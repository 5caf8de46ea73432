package vn.khenthuong.catalog;

import java.time.LocalDate;

/** An administrative unit: province, district (huyện/thành phố) or commune (xã/phường/thị trấn). */
public record Unit(String code, String name, Tier tier, String parentCode, LocalDate validFrom, LocalDate validTo) {
}
