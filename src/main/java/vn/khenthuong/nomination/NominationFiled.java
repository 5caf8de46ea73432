package vn.khenthuong.nomination;

/**
 * A dossier was filed and given its code. {@code origin} is {@code BLOCK} for an emulation block's proposal filed by
 * its head unit ({@code unitCode}), null for a unit's own dossier (the audit row then reads as before V25).
 */
public record NominationFiled(String code, String filedBy, String unitCode, String awardKindCode, String nomineeKind, String nomineeName,
                              String nomineeIdNumber, Integer year, String origin) {
}
