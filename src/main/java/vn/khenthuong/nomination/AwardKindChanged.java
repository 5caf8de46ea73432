package vn.khenthuong.nomination;

/** A step changed the award a dossier proposes. */
public record AwardKindChanged(String code, String oldAwardKindCode, String newAwardKindCode, String reason, String step, String actor) {
}
