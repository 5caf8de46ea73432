/**
 * The block year-end process adapter: {@code processes/blockYearEnd.bpmn} and the Java it calls. The contract of the
 * diagram ({@link vn.khenthuong.workflow.block.BlockYearEndProcess}), thin delegates and task listeners that read a few
 * variables and call one service of the feature {@code emulation} (results and their check, scoring through
 * {@code blockScoring.dmn}, the secret ballot, the minutes) and, at the end, {@code nomination.NominationWorkflow} to
 * start the ordinary nominations the block proposes; the expression bean {@code blockUnits} (members of a round, the
 * candidate group of a unit's officers); and {@code emulation.YearEndWorkflow}'s implementation.
 * <p>
 * Owns no table: the round, results, scores and ballots live in {@code emulation}; the process holds the round's id,
 * the block, year, head unit and the member of each task.
 */
package vn.khenthuong.workflow.block;
