package vn.khenthuong.audit;

import java.util.List;
import java.util.Map;

/**
 * An administrator ran a migration of running instances from one process version to another (the page
 * {@code /chuyen-phien-ban.html}). Belongs to no single nomination: it goes into the global chain; each nomination moved
 * gets its own {@link ProcessMigrated} row. Published by {@code workflow}; declared here for the reason given on
 * {@link ProcessMigrated}.
 *
 * @param mode           {@code SYNC} (moved at once, one transaction per instance) or {@code BATCH} (Camunda batch, jobs)
 * @param mappings       the administrator's own mappings (source activity → target activity), beside the equal ids
 * @param moved          business keys moved (SYNC) or handed to the batch (BATCH)
 * @param refused        business key → why it was not moved (Vietnamese)
 */
public record ProcessMigrationRun(String actor, String processKey, String sourceDefinitionId, int sourceVersion, String targetDefinitionId,
                                  int targetVersion, String mode, Map<String, String> mappings, int requested, List<String> moved,
                                  Map<String, String> refused, String batchId) {
}
