package vn.khenthuong.work;

import java.time.Instant;

/** A task waiting for its official: which nomination, for which unit's group (role.unit), since when, due when. */
public record WaitingTask(String taskId, String nominationCode, String candidateUnit, Instant created, Instant due, String assignee) {
}
