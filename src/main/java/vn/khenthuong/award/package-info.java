/**
 * The award registry: every award decided at the end of a nomination, with the reward money computed when it was
 * recorded (the coefficient of {@code processes/rewardAmount.dmn} × the base salary of {@code seeds/base-salary.yaml}
 * in force on the decision date), and the rules an award decision's number and date satisfy
 * ({@link vn.khenthuong.award.Decision}, {@link vn.khenthuong.award.DecisionNumber}, {@link vn.khenthuong.award.DecisionRule}).
 * <p>
 * The registry of past years: administrators import decisions taken before this system from an .xlsx template
 * ({@link vn.khenthuong.award.RegistryImports}); such lines have no nomination ({@link vn.khenthuong.award.AwardSource}
 * IMPORTED), name their import, and count for eligibility as filed ones do. Each import is one audit event
 * ({@link vn.khenthuong.award.RegistryImported}) with the file's SHA-256.
 * <p>
 * Owns the tables {@code award} and {@code award_import}. Offers {@link vn.khenthuong.award.AwardRegistry}
 * ({@link vn.khenthuong.award.AwardEntry}) to the process's last step, {@link vn.khenthuong.award.RegistryImports}
 * ({@link vn.khenthuong.award.PastAward}) to the demo seeding, and the port
 * {@link vn.khenthuong.award.RewardCoefficients}, which {@code workflow.adapter} implements with the DMN table; its API
 * is {@code /api/awards} and {@code /api/award-registry} (template, imports; page {@code /so-khen-thuong.html}).
 * {@link vn.khenthuong.award.AwardFigures} counts the registry for reports (awards and reward money per year, unit,
 * award kind and nominee kind).
 * <p>
 * Annulment and correction (issue 14, point 3): a line is never deleted; {@link vn.khenthuong.award.Annulments} writes the
 * annulling decision on it once ({@link vn.khenthuong.award.AwardAnnulled}), for the feature {@code revocation}.
 * {@link vn.khenthuong.award.DecisionCorrections} (table {@code award_correction}, API {@code /api/awards/{id}/corrections},
 * {@code /api/award-corrections}) corrects a wrong name, date of birth or unit: the board proposes, the deciding chairman
 * approves with the correcting decision, the printed value is kept ({@link vn.khenthuong.award.AwardCorrected}).
 * {@link vn.khenthuong.award.AwardAuthorities} says who acts on a line after its decision.
 */
package vn.khenthuong.award;
