package vn.khenthuong.audit;

/**
 * A nomination's process instance was moved to another process version. Published by the engine adapter
 * ({@code workflow}); declared here because {@code workflow} sits above {@code audit} (it implements audit's
 * {@link ProcessHistory}), so audit cannot depend on it.
 */
public record ProcessMigrated(String nominationCode, String actor, String processInstanceId, String processDefinitionId,
                              Integer processDefinitionVersion) {
}
