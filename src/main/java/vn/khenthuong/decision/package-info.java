/**
 * One award decision (Quyết định khen thưởng) for many nominations: the chairman of the deciding level, or that
 * level's commendation board preparing it, drafts it (number, date, signer, summary, legal bases), adds nominations
 * waiting at the chairman's decision step, sees the reward money of each line and the total
 * ({@link vn.khenthuong.award.RewardMoney}), and the chairman signs it once: every nomination is decided with the
 * decision's number and date by an ordinary completion of its task (through the port
 * {@link vn.khenthuong.work.WorkTasks}), all or nothing, and its registry line points to the decision. The decision
 * prints as a PDF in the layout of Nghị định 30/2020/NĐ-CP with its annex, and its certificates as one PDF, from
 * templates an administrator edits (seeds/templates/, or saved through {@code /api/admin/templates}).
 * <p>
 * Owns the tables {@code decision_header}, {@code decision_line} and {@code document_template}; publishes
 * {@link vn.khenthuong.decision.DecisionSigned} and {@link vn.khenthuong.decision.TemplateChanged} for the audit, and
 * {@link vn.khenthuong.decision.DecisionSigning} (the audit then writes the signature's events together at its commit). Its API
 * is {@code /api/decisions} and {@code /api/admin/templates}.
 */
package vn.khenthuong.decision;
