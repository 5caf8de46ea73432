package vn.khenthuong.eligibility;

/**
 * Eligibility of a nomination against the award registry, the pending-matter flags and the unit's quota. Called
 * by the process before a dossier leaves its filing unit and again before appraisal.
 */
public interface Eligibility {

    /**
     * Runs every rule. Takes the row lock of the unit's quota for the award kind and year, held until the caller's
     * transaction ends, so that {@link #recordSubmission} in the same transaction cannot be raced by another.
     */
    Verdict check(String nominationCode);

    /** The same rules without any lock, for a preview. */
    Verdict preview(String nominationCode);

    /** The dossier has left its unit: from now on it takes a quota slot and counts as proposed (idempotent). */
    void recordSubmission(String nominationCode, String stage);
}
