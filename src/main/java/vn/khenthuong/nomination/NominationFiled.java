package vn.khenthuong.nomination;

/** A dossier was filed and given its code. */
public record NominationFiled(String code, String filedBy, String unitCode, String awardKindCode, String nomineeKind, String nomineeName,
                              String nomineeIdNumber, Integer year) {
}
