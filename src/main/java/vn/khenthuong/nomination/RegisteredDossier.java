package vn.khenthuong.nomination;

/**
 * A dossier once filed: its code (the process business key) and the facts the route needs.
 * {@code tierModel} is {@code THREE_TIER} when the commune's district still existed on the dossier's reference
 * date, else {@code TWO_TIER} (see {@link TierModels}). {@code origin} is a {@link DossierOrigin} value.
 */
public record RegisteredDossier(String code, String unitCode, String districtCode, String provinceCode,
                                String awardKindCode, String nomineeName, String nomineeKind, String procedureKind,
                                String tierModel, String origin) {
}
