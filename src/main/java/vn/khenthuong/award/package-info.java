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
 */
package vn.khenthuong.award;
