package vn.khenthuong.workflow.tasklist;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmmn.entity.runtime.CaseExecutionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Tasklist's filter counts without Camunda's authorization join (issue 21 point 2). Tasklist asks the count of every
 * filter in its sidebar at each refresh. Camunda counts a filter's tasks joined with the user's authorization rows on
 * {@code AUTH.RESOURCE_ID_ IN (task id, process key, '*')}: PostgreSQL can only run that OR as a nested loop, every
 * task of the filter against every grant of the user's groups — one grant per task of the group, so quadratic in a
 * busy group (the provincial board: 303 ms at 1,830 tasks, seconds at 5,000; plans in BENCHMARKS.md).
 * <p>
 * The same number, counted in two linear steps inside the same command: the filter is read as Camunda reads it (its
 * READ check for the user, its saved query and expressions); then the ids of the tasks the user's grants name
 * ({@code TASK} with {@code READ}: their own and their groups', global ones included) restrict that query, which is
 * counted without the join. Where that could differ from Camunda's rule the count is left to Camunda: an
 * administrator (Camunda checks nothing for them anyway), a count with an extending query, any REVOKE authorization
 * in the engine (unless revokes are switched off), a grant of {@code READ_TASK} on a process definition, any case
 * (CMMN) execution, or a query other than a task query. A global task grant ({@code *}) counts every task of the
 * filter, as Camunda does. {@code FilterCountsTest} compares both counts for every role's filters.
 */
class FilterCounts extends CommandInterceptor {

    /** Above this many granted tasks, Camunda counts (a bind list has limits; no group of ours comes near). */
    static final int MAX_IDS = 20_000;

    private final ProcessEngineConfigurationImpl configuration;
    /** Switched off only by the bench, to measure Camunda's count in the same run. */
    volatile boolean enabled = true;

    FilterCounts(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!enabled || !(command instanceof ExecuteFilterCountCmd) || Context.getCommandContext() != null
                || !configuration.isAuthorizationEnabled() || field(command, "extendingQuery") != null) {
            return next.execute(command);
        }
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null || isAdmin(user)) {
            return next.execute(command);
        }
        @SuppressWarnings("unchecked")
        T count = (T) next.execute(new CountByGrants(field(command, "filterId"), user, configuration.getAuthorizationCheckRevokes()));
        return count;
    }

    private boolean isAdmin(Authentication user) {
        List<String> adminGroups = configuration.getAdminGroups();
        List<String> adminUsers = configuration.getAdminUsers();
        return (user.getGroupIds() != null && adminGroups != null && user.getGroupIds().stream().anyMatch(adminGroups::contains))
                || (adminUsers != null && adminUsers.contains(user.getUserId()));
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (V) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name + ": check FilterCounts against this Camunda version");
    }

    /** Camunda's filter count, with the authorization join replaced by the ids of the granted tasks. */
    static final class CountByGrants extends ExecuteFilterCountCmd {

        private final transient Authentication user;
        private final String revokes;

        CountByGrants(String filterId, Authentication user, String revokes) {
            super(filterId);
            this.user = user;
            this.revokes = revokes;
        }

        @Override
        public Long execute(CommandContext context) {
            Filter filter = getFilter(context); // Camunda's READ check on the filter, as the user
            if (!(filter.getQuery() instanceof TaskQueryImpl) || revokesCount(context) || ActingUser.withoutAuthorizationChecks(context, 
                    () -> new CaseExecutionQueryImpl().executeCount(context)) > 0) {
                return super.execute(context);
            }
            List<AuthorizationEntity> taskGrants = ActingUser.withoutAuthorizationChecks(context, () -> grants(context, Resources.TASK, Permissions.READ));
            if (taskGrants.stream().anyMatch(a -> Authorization.ANY.equals(a.getResourceId()))) {
                return ActingUser.withoutAuthorizationChecks(context, () -> filter.getQuery().count());
            }
            List<AuthorizationEntity> definitionGrants = ActingUser.withoutAuthorizationChecks(context, 
                    () -> grants(context, Resources.PROCESS_DEFINITION, Permissions.READ_TASK));
            Set<String> taskIds = new LinkedHashSet<>();
            taskGrants.forEach(a -> taskIds.add(a.getResourceId()));
            if (!definitionGrants.isEmpty() || taskIds.size() > MAX_IDS) {
                return super.execute(context);
            }
            if (taskIds.isEmpty()) {
                return 0L;
            }
            TaskQueryImpl granted = new TaskQueryImpl();
            granted.taskIdIn(taskIds.toArray(String[]::new));
            Filter restricted = filter.extend(granted);
            return ActingUser.withoutAuthorizationChecks(context, () -> restricted.getQuery().count());
        }

        /** Whether Camunda would check revokes: always, never, or (auto) when any REVOKE authorization exists. */
        private boolean revokesCount(CommandContext context) {
            if (ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(revokes)) {
                return false;
            }
            if (ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS.equalsIgnoreCase(revokes)) {
                return true;
            }
            AuthorizationQueryImpl revokeQuery = new AuthorizationQueryImpl();
            revokeQuery.authorizationType(Authorization.AUTH_TYPE_REVOKE);
            return ActingUser.withoutAuthorizationChecks(context, () -> revokeQuery.executeCount(context)) > 0;
        }

        /** The user's global, own and groups' grants on that resource type holding the permission (as Camunda's join reads them). */
        private List<AuthorizationEntity> grants(CommandContext context, Resources resourceType, Permission permission) {
            List<AuthorizationEntity> found = new ArrayList<>();
            AuthorizationQueryImpl own = query(resourceType, permission);
            own.userIdIn(user.getUserId(), Authorization.ANY);
            own.executeList(context, null).forEach(a -> found.add((AuthorizationEntity) a));
            List<String> groups = user.getGroupIds();
            if (groups != null && !groups.isEmpty()) {
                AuthorizationQueryImpl theirs = query(resourceType, permission);
                theirs.groupIdIn(groups.toArray(String[]::new));
                theirs.executeList(context, null).forEach(a -> found.add((AuthorizationEntity) a));
            }
            return found.stream().filter(a -> a.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE).toList();
        }

        private static AuthorizationQueryImpl query(Resources resourceType, Permission permission) {
            AuthorizationQueryImpl q = new AuthorizationQueryImpl();
            q.resourceType(resourceType);
            q.hasPermission(permission);
            return q;
        }
    }
}
