package vn.khenthuong.catalog;

/** An emulation movement (phong trào thi đua) launched by a unit for a period. */
public record Movement(String code, String name, String launchedBy, int yearFrom, int yearTo) {
}
