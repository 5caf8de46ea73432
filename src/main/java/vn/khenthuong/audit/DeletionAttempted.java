package vn.khenthuong.audit;

/**
 * Someone asked the engine API to delete a nomination's process instance, refused or not. Published by
 * {@code workflow}; declared here for the reason given on {@link ProcessMigrated}.
 */
public record DeletionAttempted(String nominationCode, String actor, String processInstanceId, String path, int httpStatus, boolean succeeded) {
}
