/**
 * The provincial commendation board's work outside Tasklist: comments filed while a proposal is publicly disclosed,
 * with the board's answers, and the central decision (Prime Minister) that ends a nomination proposed that high.
 * <p>
 * Owns the table {@code disclosure_comment}. Offers {@link vn.khenthuong.appraisal.Disclosures} (to the
 * disclosure steps of the process) and the port {@link vn.khenthuong.appraisal.WaitingSteps}, which
 * {@code workflow.adapter} implements; its API is {@code /api/nominations/{code}/disclosure-comments} and
 * {@code /central-decision}.
 */
package vn.khenthuong.appraisal;
