package vn.khenthuong.workflow.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as a given user with their groups, so that the initiator, the history and the
 * authorizations are theirs; restores whoever was authenticated before.
 */
public final class ActingUser {

    public static <T> T as(IdentityService identityService, String userId, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (previous != null && userId.equals(previous.getUserId())) {
            return work.get();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** Who the engine call runs as, "system" for timers and the job executor. */
    public static String current(IdentityService identityService) {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
    }

    private ActingUser() {
    }
}
