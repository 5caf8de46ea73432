/**
 * Generic tuning of the Camunda engine, knowing nothing of our process: the engine starts after Flyway, our indexes on
 * its {@code ACT_*} tables, FEEL cells parsed once, decision tables looked up in the deployment cache, variables
 * written only when they change, control characters refused in every engine variable, authorizations granted only
 * (no REVOKE, so no revoke question), and refusals answered as 400 on {@code /engine-rest}.
 * {@link vn.khenthuong.workflow.engine.LostRaces} tells the loser of a race (409) from a failure, and
 * {@code LostRaceLogFilter} keeps such a loser out of the engine's ERROR log.
 * <p>
 * Owns the indexes of {@code EngineIndexes} on Camunda's tables. Offers {@link vn.khenthuong.workflow.engine.ActingUser}
 * — the one way our code chooses who an engine call runs as, or steps past the engine's authorizations —,
 * {@link vn.khenthuong.workflow.engine.ChangedOnly}, {@link vn.khenthuong.workflow.engine.LatestDecisions} and
 * {@link vn.khenthuong.workflow.engine.ParsedFeelCache}. Depends on no other part of {@code workflow} (ArchitectureTest).
 */
package vn.khenthuong.workflow.engine;
