package vn.khenthuong.workflow.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who an engine call our code makes runs as, and the only way it steps past the engine's authorizations: as a given
 * user ({@link #as}), as the system ({@link #asSystem}), or as the caller with the checks off
 * ({@link #withoutAuthorizationChecks}). Each restores whoever was authenticated before. Whether the variable guard
 * trusts the call is a separate matter (workflow.guard.EngineCalls).
 */
public final class ActingUser {

    /**
     * Runs engine calls as a user with their groups, so that the initiator, the history and the authorizations are
     * theirs.
     */

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

    /**
     * Runs engine calls as the system: nobody is authenticated while they run, so the engine checks no authorization
     * and records no user, and the variable guard has no user to judge. For what the caller's rights were checked for
     * outside the engine (our API's own checks) and the system does on an official's behalf.
     */
    public static <T> T asSystem(IdentityService identityService, Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        if (previous == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(previous);
        }
    }

    public static void asSystem(IdentityService identityService, Runnable work) {
        asSystem(identityService, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs engine calls in one command with the authorization checks off, the signed-in user staying the actor the
     * engine records (user operation log, history). For a step whose caller's role was checked outside the engine.
     */
    public static <T> T withoutAuthorizationChecks(ProcessEngineConfigurationImpl engine, Callable<T> work) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
    }

    /**
     * The same inside an engine command already running (a command interceptor, a command of our own): the
     * authorization checks off for this work only, restored after it.
     */
    public static <T> T withoutAuthorizationChecks(CommandContext context, Callable<T> work) {
        return context.runWithoutAuthorization(work);
    }

    /** The actor recorded for work no signed-in user did. */
    public static final String SYSTEM = "system";

    /** Who the engine call runs as, "system" for timers and the job executor. */
    public static String current(IdentityService identityService) {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? SYSTEM : auth.getUserId();
    }

    private ActingUser() {
    }
}
