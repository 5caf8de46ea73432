/**
 * Whether a nominee may be proposed: the prerequisites of {@code processes/eligibility.dmn} checked against the award
 * registry, no open pending matter (discipline, inspection…), not proposed twice, and the unit's quota of
 * {@code processes/quota.dmn}. Each rule names its legal basis ({@link vn.khenthuong.eligibility.Finding}).
 * <p>
 * Owns the tables {@code pending_matter}, {@code nomination_submission} and {@code quota_lock}. Offers
 * {@link vn.khenthuong.eligibility.Eligibility} ({@link vn.khenthuong.eligibility.Candidacy},
 * {@link vn.khenthuong.eligibility.Verdict}) to the process's validation steps and the port {@link vn.khenthuong.eligibility.EligibilityTables}, which {@code workflow.adapter} implements with the two
 * DMN tables; its API is {@code /api/eligibility} and {@code /api/pending-matters}. An annulled award counts for
 * nothing; {@link vn.khenthuong.eligibility.DependentAwards} finds the later awards that stood on it.
 */
package vn.khenthuong.eligibility;
