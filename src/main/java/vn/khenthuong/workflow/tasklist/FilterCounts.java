package vn.khenthuong.workflow.tasklist;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Tasklist's filter counts and pages without Camunda's authorization join (issue 21 points 2 and 3). Tasklist asks
 * the count of every filter in its sidebar at each refresh and the first page of the chosen filter
 * ({@code POST /filter/{id}/list}, its sorting and search in the extending query). Camunda answers both with the
 * filter's tasks joined to the user's authorization rows on {@code AUTH.RESOURCE_ID_ IN (task id, process key, '*')}:
 * PostgreSQL can only run that OR as a nested loop, every task of the filter against every grant of the user's groups
 * — one grant per task of the group, so quadratic in a busy group (the provincial board: 303 ms at 1,830 tasks,
 * seconds at 5,000; plans in BENCHMARKS.md).
 * <p>
 * The same answer, by Camunda's own command: the filter is read as Camunda reads it (its READ check for the user),
 * then the command (its saved query, expressions, extending query, sorting, paging, form keys) runs with the
 * authorization join replaced by a semi-join on the user's task grants ({@link GrantedTasks}: {@code TASK} with
 * {@code READ}, their own, their groups' and global ones). Where that could differ from Camunda's rule Camunda answers:
 * an administrator (Camunda checks nothing for them anyway), any REVOKE authorization in the engine (unless revokes
 * are switched off: {@code authorizationCheckRevokes=never} ignores them in Camunda's join too), a grant of
 * {@code READ_TASK} on a process definition or any case (CMMN) execution (unless the user holds a global task grant),
 * a query other than a task query, a database the statements were not written for. A global task grant ({@code *})
 * admits every task of the filter, as in Camunda, whatever else the user holds: the auditor's filters run without
 * Camunda's join.
 * One preflight statement answers those questions. {@code FilterCountsTest} compares both answers for every role's
 * filters, lists and pages included.
 * <p>
 * Tasklist's page (the HAL list) then reads the list variables of its tasks with a variable instance query as the
 * user, which Camunda answers with the same kind of OR join (every variable against every grant of the user's
 * groups). Every top-level variable instance query runs Camunda's statement with that join written as EXISTS
 * ({@link GrantedTasks#variables}): the same condition, so no preflight is needed.
 */
class FilterCounts extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    /** Switched off only by the bench and the tests, to get Camunda's own answer in the same run. */
    volatile boolean enabled = true;
    /** Whether GrantedTasks' statements are in the engine (see GrantedTasks.install). */
    volatile boolean installed;

    FilterCounts(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (enabled && installed && command instanceof VariableInstanceQueryImpl && Context.getCommandContext() == null) {
            // Tasklist's page embeds its tasks' list variables, read by this query as the user: the same statement with
            // Camunda's authorization join as EXISTS (GrantedTasks.xml), for every user, revokes and all.
            try {
                return GrantedTasks.variables(() -> next.execute(command));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (!enabled || !installed || !isFilterQuery(command) || Context.getCommandContext() != null || !configuration.isAuthorizationEnabled()) {
            return next.execute(command);
        }
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null || isAdmin(user)) {
            return next.execute(command);
        }
        return next.execute(new ByGrants<>(command, field(command, "filterId"), GrantedTasks.grantee(user.getUserId(), user.getGroupIds()),
                configuration.getAuthorizationCheckRevokes()));
    }

    private static boolean isFilterQuery(Command<?> command) {
        return command instanceof ExecuteFilterCountCmd || command instanceof ExecuteFilterListCmd || command instanceof ExecuteFilterListPageCmd;
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

    /** Camunda's filter command, its authorization join replaced by the semi-join on the user's task grants. */
    static final class ByGrants<T> implements Command<T> {

        private final Command<T> camunda;
        private final String filterId;
        private final GrantedTasks.Grantee grantee;
        private final String revokes;

        ByGrants(Command<T> camunda, String filterId, GrantedTasks.Grantee grantee, String revokes) {
            this.camunda = camunda;
            this.filterId = filterId;
            this.grantee = grantee;
            this.revokes = revokes;
        }

        @Override
        public T execute(CommandContext context) {
            Filter filter = new FilterRead(filterId).read(context); // Camunda's READ check on the filter, as the user
            if (!(filter.getQuery() instanceof TaskQueryImpl)) {
                return camunda.execute(context);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> preflight = (Map<String, Object>) context.getDbSqlSession().selectOne(GrantedTasks.statement("selectGrantPreflight"),
                    GrantedTasks.preflight(grantee));
            if (revokesCount() && number(preflight, "revokes") > 0) {
                return camunda.execute(context);
            }
            if (number(preflight, "any_task") > 0) {
                // A global task grant admits every task of the filter, as Camunda's join on '*' does — case tasks and
                // tasks of definitions the user holds READ_TASK on included, so neither needs Camunda's join then (the
                // auditor: READ on every task and READ_TASK on every definition).
                return ActingUser.withoutAuthorizationChecks(context, () -> camunda.execute(context));
            }
            if (number(preflight, "case_executions") > 0 || number(preflight, "definition_grants") > 0) {
                return camunda.execute(context);
            }
            return ActingUser.withoutAuthorizationChecks(context, () -> GrantedTasks.run(grantee, () -> camunda.execute(context)));
        }

        /** Whether Camunda would check revokes: always or auto (then only if one exists, which the preflight counts); never ignores them. */
        private boolean revokesCount() {
            return !ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(revokes);
        }

        private static long number(Map<String, Object> row, String column) {
            for (Map.Entry<String, Object> e : row.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(column)) {
                    return ((Number) e.getValue()).longValue();
                }
            }
            throw new IllegalStateException("preflight has no column " + column + ": " + row.keySet());
        }
    }

    /** Camunda's reading of a filter: found, and READ for the current user, or refused. */
    static final class FilterRead extends ExecuteFilterCountCmd {

        FilterRead(String filterId) {
            super(filterId);
        }

        Filter read(CommandContext context) {
            return getFilter(context);
        }
    }
}
