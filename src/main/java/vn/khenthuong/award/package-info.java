/**
 * The award registry: every award decided at the end of a nomination, with the reward money computed when it was
 * recorded (the coefficient of {@code processes/rewardAmount.dmn} × the base salary of {@code seeds/base-salary.yaml}
 * in force on the decision date), and the rules an award decision's number and date satisfy
 * ({@link vn.khenthuong.award.Decision}, {@link vn.khenthuong.award.DecisionNumber}, {@link vn.khenthuong.award.DecisionRule}).
 * <p>
 * Owns the table {@code award}. Offers {@link vn.khenthuong.award.AwardRegistry} ({@link vn.khenthuong.award.AwardEntry})
 * to the process's last step, and the port
 * {@link vn.khenthuong.award.RewardCoefficients}, which {@code workflow.adapter} implements with the DMN table; its API
 * is {@code /api/awards}. {@link vn.khenthuong.award.AwardFigures} counts the registry for reports (awards and reward
 * money per year, unit, award kind and nominee kind).
 */
package vn.khenthuong.award;
