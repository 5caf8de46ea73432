package vn.khenthuong.audit;

/**
 * The result of recomputing the audit chain. When broken, {@code brokenAtSeq} is the first row whose content
 * or link does not match; {@code headHash} is the hash of the last row, worth writing into an inspection file
 * so that a later rewrite of the whole chain can be detected too.
 */
public record ChainVerification(boolean valid, long checkedRows, Long brokenAtSeq, String nominationCode,
                                String reasonVi, String reasonEn, String headHash) {
}
