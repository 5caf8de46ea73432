package vn.khenthuong.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Our profiler (async-profiler is not available here): wraps the application's DataSource and, while switched on,
 * counts JDBC round trips per SQL text, and captures one statement matching a predicate with its parameters so
 * the report can show PostgreSQL's plan for exactly what the engine or our code sent. Off, connections are handed
 * out unwrapped: the throughput runs pay one proxy call per connection borrowed, for ours and bare alike.
 */
class StatementCounter implements BeanPostProcessor {

    record Captured(String sql, List<Object> parameters) {
    }

    private static volatile boolean counting;
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    /** Round trips per step of the lifecycle (BenchEngine.STEP) and SQL text, while counting. */
    static final Map<String, Map<String, LongAdder>> BY_STEP = new ConcurrentHashMap<>();
    /** Wall time per SQL text (execute only), while counting. */
    static final Map<String, LongAdder> SQL_NANOS = new ConcurrentHashMap<>();
    private static volatile Predicate<String> wanted;
    private static volatile Captured captured;
    /** Wall time spent inside JDBC calls that reach the server (execute, commit), while counting. */
    static final LongAdder JDBC_NANOS = new LongAdder();
    static final LongAdder COMMITS = new LongAdder();
    static final LongAdder COMMIT_NANOS = new LongAdder();

    static void start() {
        COUNTS.clear();
        JDBC_NANOS.reset();
        SQL_NANOS.clear();
        BY_STEP.clear();
        COMMITS.reset();
        COMMIT_NANOS.reset();
        counting = true;
    }

    static Map<String, Long> stop() {
        counting = false;
        Map<String, Long> result = new TreeMap<>();
        COUNTS.forEach((sql, n) -> result.put(sql, n.sum()));
        return result;
    }

    /** Captures the next statement whose SQL matches, with its parameters. */
    static void capture(Predicate<String> sqlMatches) {
        captured = null;
        wanted = sqlMatches;
    }

    static Captured captured() {
        wanted = null;
        return captured;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, ds, (p, m, a) -> {
                Object r = invoke(ds, m, a);
                // Wrapped only while counting or capturing: the proxies' reflective calls must not slow the measured runs.
                return r instanceof Connection c && (counting || wanted != null) ? connection(c) : r;
            });
        }
        return bean;
    }

    private static Connection connection(Connection c) {
        return proxy(Connection.class, c, (p, m, a) -> {
            if (m.getName().equals("commit")) {
                long t0 = System.nanoTime();
                try {
                    return timed(c, m, a);
                } finally {
                    if (counting) {
                        COMMITS.increment();
                        COMMIT_NANOS.add(System.nanoTime() - t0);
                    }
                }
            }
            Object r = invoke(c, m, a);
            if (r instanceof CallableStatement s) {
                return r;
            }
            if (r instanceof PreparedStatement s && a != null && a.length > 0 && a[0] instanceof String sql) {
                return prepared(s, sql);
            }
            if (r instanceof Statement s) {
                return plain(s);
            }
            return r;
        });
    }

    private static PreparedStatement prepared(PreparedStatement s, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        return proxy(PreparedStatement.class, s, (p, m, a) -> {
            String name = m.getName();
            if (name.startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer i) {
                params.put(i, name.equals("setNull") ? null : a[1]);
            } else if (name.startsWith("execute")) {
                count(sql);
                long t0 = System.nanoTime();
                try {
                Predicate<String> w = wanted;
                if (w != null && captured == null && w.test(sql)) {
                    captured = new Captured(sql, new java.util.ArrayList<>(params.values()));
                }
                    return timed(s, m, a);
                } finally {
                    if (counting) {
                        SQL_NANOS.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), k -> new LongAdder()).add(System.nanoTime() - t0);
                    }
                }
            } else if (name.equals("clearParameters")) {
                params.clear();
            }
            return invoke(s, m, a);
        });
    }

    private static Statement plain(Statement s) {
        return proxy(Statement.class, s, (p, m, a) -> {
            if (m.getName().startsWith("execute")) {
                count(a != null && a.length > 0 && a[0] instanceof String sql ? sql : "(batch)");
                return timed(s, m, a);
            }
            return invoke(s, m, a);
        });
    }

    /**
     * -Dbench.traceSql=text1|text2: while counting, prints to stderr each distinct call stack (our and Camunda's frames)
     * of the statements containing one of the texts, to find which code sends them. Spaces are ignored on both sides
     * (bench.jvmArgs splits at spaces): -Dbench.traceSql=select*fromACT_HI_VARINSTwhereID_.
     */
    private static final List<String> TRACED = System.getProperty("bench.traceSql", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.traceSql").split("\\|"));
    private static final Set<String> TRACES = ConcurrentHashMap.newKeySet();

    private static void trace(String text) {
        String compact = text.replace(" ", "");
        if (TRACED.stream().noneMatch(compact::contains)) {
            return;
        }
        StringBuilder stack = new StringBuilder();
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String c = frame.getClassName();
            if ((c.startsWith("vn.khenthuong") && !c.startsWith("vn.khenthuong.bench")) || c.startsWith("org.camunda.bpm.engine.impl")
                    && !c.contains(".db.") && !c.contains(".interceptor.")) {
                stack.append("\n    at ").append(frame);
            }
        }
        if (TRACES.add(text + stack)) {
            System.err.println("TRACE [" + vn.khenthuong.workflow.BenchEngine.STEP.get() + "] " + text.substring(0, Math.min(90, text.length())) + stack);
        }
    }

    private static void count(String sql) {
        if (counting) {
            String text = sql.replaceAll("\\s+", " ").trim();
            if (!TRACED.isEmpty()) {
                trace(text);
            }
            COUNTS.computeIfAbsent(text, k -> new LongAdder()).increment();
            String step = vn.khenthuong.workflow.BenchEngine.STEP.get();
            BY_STEP.computeIfAbsent(step == null ? "(outside a step)" : step, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(text, k -> new LongAdder()).increment();
        }
    }

    /** Round trips per step, and per step and SQL text, as counted since {@link #start()}. */
    static Map<String, Map<String, Long>> byStep() {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        BY_STEP.forEach((step, counts) -> {
            Map<String, Long> sqls = new TreeMap<>();
            counts.forEach((sql, n) -> sqls.put(sql, n.sum()));
            result.put(step, sqls);
        });
        return result;
    }

    private static Object timed(Object target, Method m, Object[] a) throws Throwable {
        long t0 = System.nanoTime();
        try {
            return invoke(target, m, a);
        } finally {
            if (counting) {
                JDBC_NANOS.add(System.nanoTime() - t0);
            }
        }
    }

    private static Object invoke(Object target, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
