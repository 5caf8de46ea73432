/**
 * Emulation blocks (khối thi đua) and their pacts (giao ước thi đua), year by year: the members and the head unit
 * (it rotates), the indicators the members commit to, how each is scored, and every member's plan target.
 * Before 1 July 2025 the blocks are of districts; from then on of communes (or of other units of one tier), each
 * block defined by the day its composition holds from.
 * <p>
 * Owns the tables {@code emulation_block}, {@code emulation_block_member}, {@code emulation_pact_indicator} and
 * {@code emulation_pact_target}, and the seed file {@code seeds/emulation-blocks.yaml} (loaded at every start-up, in
 * every profile; a block year already stored is never overwritten, so edits made through the API stay). Offers
 * {@link vn.khenthuong.emulation.BlockPacts} (read and write), the domain type {@link vn.khenthuong.emulation.Pact}
 * with its rules ({@link vn.khenthuong.emulation.PactRules}), {@link vn.khenthuong.emulation.ScoringMethod}, and the
 * events {@link vn.khenthuong.emulation.PactDefined} and {@link vn.khenthuong.emulation.PactChanged} that the audit
 * records. Its API, {@code /api/emulation-blocks}, is written by the provincial board (appraisers of a province) and
 * administrators and read by every signed-in official.
 * <p>
 * The year end of a block (issue 15; processes/blockYearEnd.bpmn drives it): owns {@code block_year_end},
 * {@code block_member_result}, {@code block_indicator_result}, {@code block_result_document}, {@code block_score},
 * {@code block_rank}, {@code block_ballot_participation}, {@code block_ballot_count} and {@code block_proposal} (V14).
 * {@link vn.khenthuong.emulation.BlockYearEnds} (results and the head unit's check),
 * {@link vn.khenthuong.emulation.BlockScoring} (through the port {@link vn.khenthuong.emulation.ScoringTable},
 * blockScoring.dmn), {@link vn.khenthuong.emulation.BlockBallots} (the secret ballot and its tally),
 * {@link vn.khenthuong.emulation.BlockMinutes} (the minutes PDF) and, for other features such as reports,
 * {@link vn.khenthuong.emulation.BlockRankings#of}. Its API, {@code /api/block-year-ends}, is used by the members'
 * officers, the head unit, the provincial board and auditors (read only); the process is started through the port
 * {@link vn.khenthuong.emulation.YearEndWorkflow}. Every change publishes {@link vn.khenthuong.emulation.YearEndRecorded}.
 */
package vn.khenthuong.emulation;
