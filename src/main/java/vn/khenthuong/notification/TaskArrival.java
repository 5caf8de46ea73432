package vn.khenthuong.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of the route was created: who may work on it (assignee, candidate users, candidate groups {@code role.unit})
 * and what it is. Reported by the process adapter's task listener; the people named get it in their daily digest.
 */
public record TaskArrival(String taskId, String nominationCode, String step, String taskName, String assignee,
                          List<String> candidateUsers, List<String> candidateGroups, LocalDate dueDate) {

    public TaskArrival {
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }
}
