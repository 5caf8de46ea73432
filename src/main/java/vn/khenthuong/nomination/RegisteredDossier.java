package vn.khenthuong.nomination;

/** A dossier once filed: its code (the process business key) and the facts the route needs. */
public record RegisteredDossier(String code, String unitCode, String districtCode, String provinceCode,
                                String awardKindCode, String nomineeName) {
}
