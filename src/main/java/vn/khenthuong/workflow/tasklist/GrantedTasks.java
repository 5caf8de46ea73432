package vn.khenthuong.workflow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Camunda's task query with its authorization join replaced by a semi-join on the user's task grants (GrantedTasks.xml,
 * issue 21). Camunda joins a filter's tasks with the user's authorization rows on
 * {@code AUTH.RESOURCE_ID_ IN (task id, process key, '*')}, an OR that PostgreSQL can only run as a nested loop: every
 * task against every grant of the user's groups. The semi-join {@code exists (grant where RESOURCE_ID_ = RES.ID_ ...)}
 * is one index probe (or one hash) per task.
 * <p>
 * While {@link #run} runs, and only on its thread, the engine's statements {@code selectTaskByQueryCriteria} and
 * {@code selectTaskCountByQueryCriteria} are mapped to ours: the rest of Camunda's query (its criteria, expressions,
 * sorting, paging, tenant check, form keys) stays Camunda's own code. Mapped through the statement mappings of the
 * engine's {@link DbSqlSessionFactory}, which Camunda itself uses for database-specific statements.
 */
public final class GrantedTasks {

    static final String NAMESPACE = GrantedTasks.class.getName();
    static final String LIST = "selectTaskByQueryCriteria";
    static final String COUNT = "selectTaskCountByQueryCriteria";
    /** Ours for Camunda's: distinct short names, as MyBatis also registers every statement by its short name. */
    static final Map<String, String> OURS = Map.of(LIST, "selectGrantedTaskByQueryCriteria", COUNT, "selectGrantedTaskCountByQueryCriteria");
    /** Camunda's variable instance query, ours for it: the same with its authorization join as EXISTS (GrantedTasks.xml). */
    static final Map<String, String> VARIABLES = Map.of("selectVariableInstanceByQueryCriteria", "selectVariableInstanceByQueryCriteriaWithExists",
            "selectVariableInstanceCountByQueryCriteria", "selectVariableInstanceCountByQueryCriteriaWithExists");
    /** The databases the statements were written and tested for (their SQL is plain; bitand comes from Camunda). */
    static final List<String> DATABASES = List.of("h2", "postgres");

    private static final ThreadLocal<Grantee> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> VARIABLES_WITH_EXISTS = new ThreadLocal<>();

    /** Whose grants restrict the task query; read by GrantedTasks.xml. */
    public record Grantee(String userId, List<String> groupIds, int permission) {

        public Grantee {
            // GrantedTasks.xml tests "PERMS_ & permission <> 0" (an estimate PostgreSQL gets right), which is Camunda's
            // "PERMS_ & permission = permission" only for a single permission bit.
            if (Integer.bitCount(permission) != 1) {
                throw new IllegalArgumentException("one permission bit expected, not " + permission);
            }
        }
    }

    private GrantedTasks() {
    }

    /** For GrantedTasks.xml (an OGNL call): the grantee of the query running on this thread. */
    public static Grantee current() {
        Grantee grantee = CURRENT.get();
        if (grantee == null) {
            throw new IllegalStateException("GrantedTasks statement used outside GrantedTasks.run");
        }
        return grantee;
    }

    /**
     * Adds the statements to the engine's MyBatis configuration and the thread-bound redirection to its statement
     * mappings. False (nothing changed) on a database the statements were not written for, or where Camunda maps the
     * task query to a database-specific statement of its own.
     */
    static boolean install(ProcessEngineConfigurationImpl engine) {
        DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = sessions.getStatementMappings();
        if (!DATABASES.contains(engine.getDatabaseType()) || mappings instanceof Redirect) {
            return mappings instanceof Redirect;
        }
        if (mappings != null && (mappings.containsKey(LIST) || mappings.containsKey(COUNT) || VARIABLES.keySet().stream().anyMatch(mappings::containsKey))) {
            return false;
        }
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        synchronized (mybatis) {
            if (!mybatis.hasStatement(NAMESPACE + "." + OURS.get(LIST), false)) {
                String resource = GrantedTasks.class.getName().replace('.', '/') + ".xml";
                try (InputStream in = GrantedTasks.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(resource + " not found");
                    }
                    new XMLMapperBuilder(in, mybatis, resource, mybatis.getSqlFragments()).parse();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        sessions.setStatementMappings(new Redirect(mappings == null ? Map.of() : mappings));
        return true;
    }

    /** Runs a task query (Camunda's filter command) with the task query restricted to the grantee's task grants. */
    static <T> T run(Grantee grantee, Callable<T> work) throws Exception {
        Grantee previous = CURRENT.get();
        CURRENT.set(grantee);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Runs a variable instance query (its command) with Camunda's statements mapped to ours: the same rows, by EXISTS. */
    static <T> T variables(Callable<T> work) throws Exception {
        if (VARIABLES_WITH_EXISTS.get() != null) {
            return work.call();
        }
        VARIABLES_WITH_EXISTS.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            VARIABLES_WITH_EXISTS.remove();
        }
    }

    static Grantee grantee(String userId, List<String> groupIds) {
        return new Grantee(userId, groupIds == null ? List.of() : List.copyOf(groupIds), Permissions.READ.getValue());
    }

    /** The parameters of the preflight statement (GrantedTasks.xml: selectGrantPreflight). */
    static Map<String, Object> preflight(Grantee grantee) {
        Map<String, Object> p = new HashMap<>();
        p.put("userId", grantee.userId());
        p.put("groupIds", grantee.groupIds());
        p.put("taskPermission", Permissions.READ.getValue());
        p.put("definitionPermission", Permissions.READ_TASK.getValue());
        return p;
    }

    static String statement(String id) {
        return NAMESPACE + "." + id;
    }

    /** Camunda's statement mappings, with the task (variable) query statements mapped to ours while a grantee (the flag) is set. */
    static final class Redirect extends HashMap<String, String> {

        Redirect(Map<String, String> camunda) {
            super(camunda);
        }

        @Override
        public String get(Object statement) {
            if (CURRENT.get() != null && OURS.containsKey(statement)) {
                return NAMESPACE + "." + OURS.get(statement);
            }
            if (VARIABLES_WITH_EXISTS.get() != null && VARIABLES.containsKey(statement)) {
                return NAMESPACE + "." + VARIABLES.get(statement);
            }
            return super.get(statement);
        }
    }
}
