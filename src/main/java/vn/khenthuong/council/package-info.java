/**
 * The emulation and commendation council's vote on a nomination: a meeting (round) opened with a fixed roster, the
 * members' ballots (secret or open), the secretary's record of absences and written ballots, and the tally against
 * the threshold and quorum of {@code processes/voteThreshold.dmn}; then the council's conclusion (propose, lower,
 * raise, reject) and the rules it must satisfy ({@link vn.khenthuong.council.CouncilConclusion},
 * {@link vn.khenthuong.council.ConclusionRule}).
 * <p>
 * Owns the tables {@code council_round}, {@code council_roster}, {@code council_ballot},
 * {@code council_participation}, {@code council_secret_count} and {@code council_tally}. Offers
 * {@link vn.khenthuong.council.CouncilRounds}, {@link vn.khenthuong.council.Ballots} ({@link vn.khenthuong.council.Tally},
 * {@link vn.khenthuong.council.Fraction}) and {@link vn.khenthuong.council.CouncilConclusion} to the council steps of
 * the process, and the port {@link vn.khenthuong.council.CouncilTasks}, which {@code workflow.adapter} implements; its API
 * is {@code /api/council}. A secret ballot goes through this API, never through a task variable, so the engine's
 * history never holds a member's choice.
 */
package vn.khenthuong.council;
