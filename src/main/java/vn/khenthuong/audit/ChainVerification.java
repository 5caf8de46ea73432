package vn.khenthuong.audit;

/**
 * The result of recomputing the audit chains (one per nomination, plus the "global" chain). When broken,
 * {@code chainKey} and {@code brokenAtPosition} name the first position whose row is altered, unlinked or missing,
 * and {@code brokenAtSeq} the row itself when it still exists (null for a deleted row). {@code headHash} is a
 * SHA-256 over every chain's head, worth writing into an inspection file so that a later rewrite of whole chains
 * can be detected too.
 */
public record ChainVerification(boolean valid, long checkedRows, long checkedChains, String chainKey, Long brokenAtPosition,
                                Long brokenAtSeq, String nominationCode, String reasonVi, String reasonEn, String headHash) {

    static ChainVerification broken(AuditLog.ChainCheck check, String chainKey, Long seq, Long position, String reasonVi, String reasonEn) {
        return new ChainVerification(false, check.rows, check.chains, chainKey, position, seq,
                AuditLog.GLOBAL.equals(chainKey) ? null : chainKey, reasonVi, reasonEn, null);
    }

    ChainVerification withHeadHash(String digest) {
        return new ChainVerification(valid, checkedRows, checkedChains, chainKey, brokenAtPosition, brokenAtSeq, nominationCode,
                reasonVi, reasonEn, digest);
    }
}
