package vn.khenthuong.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused attempt must leave as it found: the row count of each of our tables (audit events per type),
 * and of the engine the running instances with their activity, every runtime variable (instance, execution and
 * task-local, name, type and value), tasks with assignee/owner/delegation, jobs (retries, due date, suspension),
 * identity links, deployments, comments, attachments, event subscriptions, authorizations, users' credentials and
 * the history row counts. Cheap: plain SQL, no engine query.
 */
final class Snapshot {

    private final Map<String, String> parts;

    private Snapshot(Map<String, String> parts) {
        this.parts = parts;
    }

    /**
     * Our tables (not Camunda's, not Flyway's, not the browser sessions of Spring Session, which the attackers' own
     * sign-ins fill), found once from the database's own catalogue.
     */
    static List<String> ourTables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("act_") && !name.startsWith("flyway_") && !name.startsWith("spring_session")) {
                        tables.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        tables.sort(null);
        return tables;
    }

    private static final String[] ENGINE_COUNTS = {"ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_GE_BYTEARRAY", "ACT_HI_COMMENT",
        "ACT_HI_ATTACHMENT", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT", "ACT_RU_AUTHORIZATION", "ACT_ID_MEMBERSHIP", "ACT_ID_GROUP",
        "ACT_ID_TENANT", "ACT_RU_BATCH", "ACT_RU_JOBDEF", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
        "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_IDENTITYLINK"};

    static Snapshot take(JdbcTemplate jdbc, List<String> ourTables) {
        Map<String, String> p = new TreeMap<>();
        for (String table : ourTables) {
            if (table.equals("audit_event")) {
                jdbc.query("select event_type, count(*) from audit_event group by event_type",
                        (ResultSet rs) -> {
                            p.put("audit:" + rs.getString(1), String.valueOf(rs.getLong(2)));
                        });
            } else {
                p.put("count:" + table, String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
            }
        }
        for (String table : ENGINE_COUNTS) {
            p.put("count:" + table, String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        p.put("engine:executions", rows(jdbc, "select ID_, PROC_INST_ID_, PARENT_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, "
                + "IS_SCOPE_, SUSPENSION_STATE_, REV_ from ACT_RU_EXECUTION"));
        p.put("engine:variables", rows(jdbc, "select ID_, NAME_, TYPE_, EXECUTION_ID_, PROC_INST_ID_, TASK_ID_, TEXT_, TEXT2_, LONG_, "
                + "DOUBLE_, BYTEARRAY_ID_, REV_ from ACT_RU_VARIABLE"));
        p.put("engine:tasks", rows(jdbc, "select ID_, TASK_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, OWNER_, DELEGATION_, "
                + "PRIORITY_, DUE_DATE_, FOLLOW_UP_DATE_, SUSPENSION_STATE_, REV_ from ACT_RU_TASK"));
        p.put("engine:identityLinks", rows(jdbc, "select TASK_ID_, PROC_DEF_ID_, TYPE_, USER_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK"));
        // Not REV_ nor the lock: neither says anything an attacker changed.
        p.put("engine:jobs", rows(jdbc, "select ID_, TYPE_, HANDLER_TYPE_, HANDLER_CFG_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_, "
                + "SUSPENSION_STATE_, PRIORITY_, EXCEPTION_MSG_ from ACT_RU_JOB"));
        p.put("engine:jobDefinitions", rows(jdbc, "select ID_, SUSPENSION_STATE_, JOB_PRIORITY_ from ACT_RU_JOBDEF"));
        p.put("engine:processDefinitions", rows(jdbc, "select ID_, SUSPENSION_STATE_ from ACT_RE_PROCDEF"));
        // Credentials and profile, not ATTEMPTS_/LOCK_EXP_TIME_ (a wrong password is an attempt, not a change).
        p.put("identity:users", rows(jdbc, "select ID_, PWD_, SALT_, FIRST_, LAST_, EMAIL_ from ACT_ID_USER"));
        return new Snapshot(p);
    }

    private static String rows(JdbcTemplate jdbc, String sql) {
        List<String> lines = jdbc.query(sql, (rs, i) -> {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder b = new StringBuilder();
            for (int c = 1; c <= n; c++) {
                if (c > 1) {
                    b.append('|');
                }
                Object v = rs.getObject(c);
                b.append(v instanceof java.sql.Timestamp t ? t.toInstant().toString() : Objects.toString(v, "∅"));
            }
            return b.toString();
        });
        lines.sort(null);
        return String.join("\n", lines);
    }

    /** What differs from {@code before}, part by part, ignoring the parts whose key starts with a tolerated prefix. */
    List<String> differencesFrom(Snapshot before, Set<String> toleratedPrefixes) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>(parts.keySet());
        keys.addAll(before.parts.keySet());
        for (String key : keys) {
            if (toleratedPrefixes.stream().anyMatch(key::startsWith)) {
                continue;
            }
            String was = before.parts.get(key);
            String now = parts.get(key);
            if (!Objects.equals(was, now)) {
                out.add(key + ": " + describe(was, now));
            }
        }
        return out;
    }

    boolean changed(Snapshot before, String prefix) {
        return parts.keySet().stream().filter(k -> k.startsWith(prefix)).anyMatch(k -> !Objects.equals(parts.get(k), before.parts.get(k)))
                || before.parts.keySet().stream().filter(k -> k.startsWith(prefix)).anyMatch(k -> !parts.containsKey(k));
    }

    private static String describe(String was, String now) {
        if (was == null || now == null || (!was.contains("\n") && !now.contains("\n") && was.length() < 40 && now.length() < 40)) {
            return was + " → " + now;
        }
        List<String> a = List.of(was.split("\n"));
        List<String> b = List.of(now.split("\n"));
        List<String> gone = a.stream().filter(l -> !b.contains(l)).toList();
        List<String> added = b.stream().filter(l -> !a.contains(l)).toList();
        return gone.size() + " rows removed, " + added.size() + " added" + (added.isEmpty() ? "" : " e.g. " + shorten(added.get(0)));
    }

    private static String shorten(String line) {
        return line.length() > 140 ? line.substring(0, 140) + "…" : line;
    }
}
