package vn.khenthuong.revocation;

/** A ground of annulment as processes/revocationGround.dmn lists it: code, the Law's words, the clause, whether money is recovered. */
public record RevocationGround(String code, String label, String clause, boolean recoverMoney) {
}
