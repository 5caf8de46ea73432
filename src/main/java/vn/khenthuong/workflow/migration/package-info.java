/**
 * Moving running instances to another version of their process, with a preview, for administrators
 * ({@code /api/admin/migrations}, page {@code /chuyen-phien-ban.html}). The plan is Camunda's own: equal activity ids
 * mapped by {@code mapEqualActivities()}, plus the administrator's mappings for renamed steps; before anything moves,
 * each instance is checked with Camunda's own validators (the checks its migration runs first, nothing written) and the
 * refusals are translated to Vietnamese ({@link vn.khenthuong.workflow.migration.MigrationWording}). Small sets move
 * at once, one transaction per instance; larger ones as a Camunda batch whose progress the page shows. Each moved
 * nomination's trail records the move (workflow's {@code HistoryRetentionPlugin}), each run an audit row of its own
 * ({@link vn.khenthuong.audit.ProcessMigrationRun}).
 * <p>
 * Owns no table (Camunda's runtime and batch tables); reads the dossier header from the view
 * {@code nomination_summary} that {@code nomination} publishes. Offers nothing to other packages.
 */
package vn.khenthuong.workflow.migration;
