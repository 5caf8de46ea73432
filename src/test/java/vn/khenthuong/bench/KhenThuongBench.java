package vn.khenthuong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.eligibility.Eligibility;
import vn.khenthuong.nomination.BenchDossiers;
import vn.khenthuong.nominationlist.BenchLists;
import vn.khenthuong.workflow.BenchEngine;

/**
 * The benchmark of issue 6: {@code ./mvnw -Pbench verify}. Not part of the normal test run (surefire only picks
 * *Test classes). It asserts that the work was done (every lifecycle awarded, every query answered) but never a
 * speed: a slow machine prints slow numbers and passes. The report is printed and written to
 * target/bench-report.md. Sizes can be lowered for a quick look: -Dbench.nominations=20000 -Dbench.lifecycles=10.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=12", "logging.level.org.camunda=WARN"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchPostgres.class)
@Import(StatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KhenThuongBench {

    static final int REPETITIONS = Integer.getInteger("bench.repetitions", 3);
    static final int LIFECYCLES_PER_THREAD = Integer.getInteger("bench.lifecycles", 20);
    /** The ratio moves with whatever else the machine does: more, longer repetitions than for the queries. */
    static final int THROUGHPUT_REPETITIONS = Integer.getInteger("bench.throughputRepetitions", 5);
    /** Lifecycles of each kind run before measuring, one thread then four: enough for the JIT to settle. */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 150);
    /** Warm on until a round costs the JIT compiler less than this many ms per lifecycle (0: the fixed warm-up only). */
    static final double SETTLED_JIT_MS = Double.parseDouble(System.getProperty("bench.settledJitMs", "0"));
    static final int SETTLE_ROUND = Integer.getInteger("bench.settleRound", 200);
    static final int SETTLE_MAX = Integer.getInteger("bench.settleMax", 8000);
    static final int NOMINATIONS = Integer.getInteger("bench.nominations", 100_000);
    static final int QUERY_SAMPLES = Integer.getInteger("bench.samples", 100);
    static final String AWARD_KIND = "BK_TINH";
    static final List<String> DOCUMENTS = List.of("PROPOSAL_LETTER", "ACHIEVEMENT_REPORT");
    /** The two communes with demo officials, and their districts. */
    static final String[][] FILERS = {{"xa.pusamcap", "pusamcap", "sinho"}, {"xa.phucthan", "phucthan", "thanuyen"}};
    /** Rows of the Excel list of issue 16 (its target: 5,000 rows validated and filed in under 60 s on 2 cores). */
    static final int LIST_ROWS = Integer.getInteger("bench.listRows", 5_000);

    @Autowired ApplicationContext context;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired AwardRegistry awards;
    @Autowired Ballots ballots;
    @Autowired Eligibility eligibility;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    BenchEngine engine;
    BenchDossiers dossiers;
    final StringBuilder report = new StringBuilder();
    final AtomicInteger sequence = new AtomicInteger();
    final long startedAt = System.nanoTime();

    @BeforeAll
    void setUp() {
        engine = new BenchEngine(processEngine, ballots);
        dossiers = BenchDossiers.from(context);
        if (BenchPostgres.keptBetweenRuns()) {
            // Every lifecycle started at least one process instance: numbers above that count are new nominees.
            sequence.set(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Integer.class));
        }
        line("# Khen thưởng benchmark");
        line("");
        line("- PostgreSQL: " + jdbc.queryForObject("select version()", String.class));
        line("- fsync = " + show("fsync") + ", synchronous_commit = " + show("synchronous_commit") + ", full_page_writes = "
                + show("full_page_writes") + ", shared_buffers = " + show("shared_buffers"));
        line("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + Runtime.getRuntime().availableProcessors() + " processors");
        line("- Load average at start (other work on this machine): " + loadAverage());
        line("- Repetitions: " + REPETITIONS + " (throughput: " + THROUGHPUT_REPETITIONS + "); lifecycles per thread and repetition: " + LIFECYCLES_PER_THREAD
                + "; nominations loaded: " + NOMINATIONS);
        line("");
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    String show(String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 1. Overhead against a bare engine

    /** Ours: filed through the dossier service, two PDFs uploaded, every task completed by the right user. */
    void ourLifecycle(int thread) {
        ourLifecycle(thread, new ArrayList<>());
    }

    String ourLifecycle(int thread, List<BenchEngine.Step> path) {
        String[] filer = FILERS[thread % FILERS.length];
        int n = sequence.incrementAndGet();
        String code = dossiers.fileWithDocuments(filer[0], BenchDossiers.individual(AWARD_KIND, "Nguyễn Văn Đo " + n,
                String.format("9%011d", n), LocalDate.now().getYear()), DOCUMENTS);
        engine.driveToEnd(code, path);
        return code;
    }

    void bareLifecycle(int thread) {
        engine.bareLifecycle("BARE-" + sequence.incrementAndGet(), FILERS[thread % FILERS.length][0]);
    }

    /** Runs {@code perThread} lifecycles on each of {@code threads} threads; returns lifecycles per second. */
    double throughput(int threads, int perThread, IntConsumer lifecycle) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        lifecycle.accept(thread);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return threads * perThread / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Order(1)
    void overheadAgainstTheBareEngine() throws Exception {
        line("## 1. Lifecycle throughput: ours against a bare engine");
        line("");
        line("Ours: `DossierService.file` as the commune official (filing rules, code, process start, registerDossier), two PDF "
                + "uploads, then every open task completed as a user of its candidate group (or its assignee) with the approving "
                + "answer (a secret ballot goes into the ballot box first, as the ballot API does), until the process ends: route DMN, "
                + "eligibility and quota checks, validations, outcome records, ballots, tally, threshold DMN, reward DMN, award registry, closing. Bare: the same "
                + "user tasks and candidate groups, built from the path one of ours took, a no-op service task after each, started and "
                + "completed through the plain Java API by the same users. Same JVM, same database, same engine configuration (history full, authorization on).");
        line("");
        // One of ours first: its path (decided by the route DMN) is what the baseline copies.
        List<BenchEngine.Step> path = new ArrayList<>();
        String first = ourLifecycle(0, path);
        assertThat(jdbc.queryForObject("select status from nomination where code = ?", String.class, first)).isEqualTo("AWARDED");
        String bpmn = engine.deployBare(path, List.of("commune-official.pusamcap", "commune-official.phucthan"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-bare.bpmn"), bpmn);
        String instance = jdbc.queryForObject("select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", String.class, first);
        line("Variable writes of that nomination (rows of ACT_HI_DETAIL, by name, each also a runtime and a historic "
                + "variable row): " + String.join(", ", jdbc.query("select NAME_, count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? "
                + "group by NAME_ order by count(*) desc, NAME_", (rs, i) -> rs.getString(1) + " " + rs.getLong(2), instance)) + ".");
        line("");
        line("Path of a " + AWARD_KIND + " nomination filed today by `" + FILERS[0][0] + "` (" + path.size() + " user tasks): "
                + String.join(" → ", path.stream().map(s -> s.taskKey() + (s.group() != null ? " [" + s.group() + "]" : " [" + s.assignee() + "]")).toList())
                + ". The baseline (written to target/bench-bare.bpmn) has exactly these user tasks.");
        line("");
        // Warm-up: JIT, connection pool, caches, both paths.
        throughput(1, WARM_UP, this::ourLifecycle);
        throughput(1, WARM_UP, this::bareLifecycle);
        String bareInstance = jdbc.queryForObject("select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ like 'BARE-%' "
                + "order by START_TIME_ desc limit 1", String.class);
        line("What the engine keeps of one lifecycle (rows in the history tables), ours / bare: activity instances "
                + historyRows("ACT_HI_ACTINST", instance) + " / " + historyRows("ACT_HI_ACTINST", bareInstance)
                + ", variable updates " + historyRows("ACT_HI_DETAIL", instance) + " / " + historyRows("ACT_HI_DETAIL", bareInstance)
                + ", variables " + historyRows("ACT_HI_VARINST", instance) + " / " + historyRows("ACT_HI_VARINST", bareInstance)
                + ", tasks " + historyRows("ACT_HI_TASKINST", instance) + " / " + historyRows("ACT_HI_TASKINST", bareInstance)
                + ", identity links " + historyRows("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_", instance) + " / " + historyRows("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_", bareInstance)
                + ", jobs " + historyRows("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_", instance) + " / " + historyRows("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_", bareInstance)
                + ", decisions " + historyRows("ACT_HI_DECINST", instance) + " / " + historyRows("ACT_HI_DECINST", bareInstance) + ".");
        line("");
        throughput(4, Math.max(1, WARM_UP / 2), this::ourLifecycle);
        throughput(4, Math.max(1, WARM_UP / 2), this::bareLifecycle);
        settleTheJit();

        // The throughput first: the profile below wraps every connection to count statements, and the code it
        // compiles for that (then deoptimizes) would be the JIT's work during any measurement that came after it.
        List<String> throughputRows = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            List<Double> ours = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            for (int r = 0; r < THROUGHPUT_REPETITIONS; r++) {
                long awardsBefore = count("select count(*) from award");
                double o = throughput(threads, LIFECYCLES_PER_THREAD, this::ourLifecycle);
                assertThat(count("select count(*) from award") - awardsBefore)
                        .as("every lifecycle ends with an award").isEqualTo((long) threads * LIFECYCLES_PER_THREAD);
                double b = throughput(threads, LIFECYCLES_PER_THREAD, this::bareLifecycle);
                ours.add(o);
                bare.add(b);
                ratio.add(o / b);
            }
            throughputRows.add("| " + threads + " | " + Stats.spread(ours, "%.1f") + " | " + Stats.spread(bare, "%.1f") + " | "
                    + Stats.spread(ratio, "%.2f") + " |");
        }

        cpuPerLifecycle(); // also before the profile, for the same reason
        statementsPerLifecycle();

        line("| Client threads | Ours (lifecycles/s) | Bare (lifecycles/s) | Ours / bare |");
        line("|---|---|---|---|");
        throughputRows.forEach(this::line);
        line("");
        line("Median of " + THROUGHPUT_REPETITIONS + " repetitions, range in brackets; ours and bare alternate within each repetition.");
        line("");
    }

    /**
     * With {@code -Dbench.settledJitMs=N}: after the fixed warm-up, ours and bare go on in rounds on two threads until a
     * round costs the JIT compiler less than N ms of CPU per lifecycle (or {@code bench.settleMax} of ours have run).
     * HotSpot compiles a method with C2 only after thousands of calls, and much of ours runs a few times per lifecycle:
     * this shows whether the fixed warm-up was long enough (in the sixth round it was: the settled ratio was within
     * the runs' noise). Without the option the figures are those of the fixed warm-up.
     */
    void settleTheJit() throws Exception {
        if (SETTLED_JIT_MS <= 0) {
            line("Warm-up: " + WARM_UP + " lifecycles of each on one thread, then " + Math.max(1, WARM_UP / 2) * 4 + " on four; "
                    + "the JIT compiler's CPU per lifecycle is in the CPU split below; `-Dbench.settledJitMs` warms until it settles.");
            line("");
            return;
        }
        long t0 = System.nanoTime();
        int ours = 0;
        List<String> rounds = new ArrayList<>();
        double jitPerLifecycle;
        do {
            Map<String, Long> before = jvmThreadsCpuMillis();
            throughput(2, SETTLE_ROUND / 2, this::ourLifecycle);
            throughput(2, SETTLE_ROUND / 2, this::bareLifecycle);
            ours += SETTLE_ROUND;
            Map<String, Long> after = jvmThreadsCpuMillis();
            jitPerLifecycle = (after.getOrDefault("JIT compiler", 0L) - before.getOrDefault("JIT compiler", 0L)) / (2.0 * SETTLE_ROUND);
            rounds.add(String.format(Locale.ROOT, "%,d: %.1f", ours, jitPerLifecycle));
            System.out.println("settling the JIT: " + rounds.get(rounds.size() - 1) + " ms per lifecycle");
        } while (jitPerLifecycle >= SETTLED_JIT_MS && ours < SETTLE_MAX);
        line(String.format(Locale.ROOT, "Warm-up: %d lifecycles of each on one thread, %d on four, then rounds of %d of each on two threads "
                + "until a round cost the JIT compiler under %.1f ms of CPU per lifecycle (%s after %,d of ours, %.0f s). JIT ms per "
                + "lifecycle by lifecycles of ours run in the rounds: %s.", WARM_UP, Math.max(1, WARM_UP / 2) * 4, SETTLE_ROUND, SETTLED_JIT_MS,
                jitPerLifecycle < SETTLED_JIT_MS ? "settled" : "not settled", ours, (System.nanoTime() - t0) / 1e9, String.join("; ", rounds)));
        line("");
    }

    /** The profile: JDBC round trips per lifecycle, ours against bare, and where ours go. */
    void statementsPerLifecycle() throws Exception {
        // More lifecycles give a JFR recording enough samples per step (BenchEngine records each step as a JFR event, khenthuong.BenchStep).
        int n = Integer.getInteger("bench.profileLifecycles", 5);
        StatementCounter.start();
        BenchEngine.NANOS.clear();
        BenchEngine.timing = true;
        throughput(1, n, this::ourLifecycle);
        Map<String, Double> oursMs = millisPerLifecycle(n);
        double oursJdbcMs = StatementCounter.JDBC_NANOS.sum() / 1e6 / n;
        double oursCommits = StatementCounter.COMMITS.sum() / (double) n;
        double oursCommitMs = StatementCounter.COMMIT_NANOS.sum() / 1e6 / n;
        Map<String, Double> oursSqlMs = new LinkedHashMap<>();
        StatementCounter.SQL_NANOS.forEach((sql, nanos) -> oursSqlMs.put(sql, nanos.sum() / 1e6 / n));
        Map<String, Map<String, Long>> oursByStep = StatementCounter.byStep();
        Map<String, Long> ours = StatementCounter.stop();
        StatementCounter.start();
        throughput(1, n, this::bareLifecycle);
        Map<String, Double> bareMs = millisPerLifecycle(n);
        double bareJdbcMs = StatementCounter.JDBC_NANOS.sum() / 1e6 / n;
        double bareCommits = StatementCounter.COMMITS.sum() / (double) n;
        double bareCommitMs = StatementCounter.COMMIT_NANOS.sum() / 1e6 / n;
        BenchEngine.timing = false;
        Map<String, Map<String, Long>> bareByStep = StatementCounter.byStep();
        Map<String, Long> bare = StatementCounter.stop();
        line("Time per step, one thread, " + n + " lifecycles each (ms per lifecycle, with statement counting on):");
        line("");
        line("| Step | Ours ms | Bare ms | Ours round trips | Bare round trips |");
        line("|---|---|---|---|---|");
        oursMs.forEach((step, ms) -> line(String.format(Locale.ROOT, "| %s | %.1f | %s | %.1f | %s |", step, ms,
                bareMs.containsKey(step) ? String.format(Locale.ROOT, "%.1f", bareMs.get(step)) : "—",
                total(oursByStep.get(step)) / (double) n,
                bareByStep.containsKey(step) ? String.format(Locale.ROOT, "%.1f", total(bareByStep.get(step)) / (double) n) : "—")));
        line("");
        line("<details><summary>Ours minus bare, step by step: the extra round trips of each step (per lifecycle)</summary>");
        line("");
        oursByStep.forEach((step, sqls) -> {
            Map<String, Long> bareSqls = bareByStep.getOrDefault(step, Map.of());
            line("**" + step + "**");
            line("");
            line("| ours − bare | SQL |");
            line("|---|---|");
            differenceRows(sqls, bareSqls, n, Integer.getInteger("bench.stepRows", 15));
            line("");
        });
        line("</details>");
        line("");
        long oursTotal = ours.values().stream().mapToLong(Long::longValue).sum() / n;
        long bareTotal = bare.values().stream().mapToLong(Long::longValue).sum() / n;
        line("JDBC round trips per lifecycle (a batch counts once): ours " + oursTotal + ", bare " + bareTotal + ".");
        line(String.format(Locale.ROOT, "Wall time inside JDBC calls (execute and commit, the server's work and the wait for it) per lifecycle: "
                + "ours %.1f ms (of which %.0f commits %.1f ms), bare %.1f ms (%.0f commits %.1f ms); the rest of each step is the JVM's own work.",
                oursJdbcMs, oursCommits, oursCommitMs, bareJdbcMs, bareCommits, bareCommitMs));
        line("");
        line("<details><summary>Ours: statements per lifecycle, most frequent first</summary>");
        line("");
        line("| per lifecycle | SQL |");
        line("|---|---|");
        ours.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> line(String.format(Locale.ROOT, "| %.1f | `%s` |", e.getValue() / (double) n, abbreviate(e.getKey()))));
        line("");
        line("</details>");
        line("");
        line("<details><summary>Ours: where the time inside JDBC goes (ms per lifecycle, statements that take longest first)</summary>");
        line("");
        line("| ms per lifecycle | SQL |");
        line("|---|---|");
        oursSqlMs.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(25)
                .forEach(e -> line(String.format(Locale.ROOT, "| %.2f | `%s` |", e.getValue(), abbreviate(e.getKey()))));
        line("");
        line("</details>");
        line("");
        line("<details><summary>Ours minus bare: where the extra round trips go (per lifecycle)</summary>");
        line("");
        line("| ours − bare | SQL |");
        line("|---|---|");
        differenceRows(ours, bare, n, 30);
        line("");
        line("</details>");
        line("");
    }

    /** Table rows "ours − bare" per lifecycle for each statement the two sides run a different number of times, largest first. */
    void differenceRows(Map<String, Long> ours, Map<String, Long> bare, int lifecycles, int limit) {
        Map<String, Long> diff = new LinkedHashMap<>();
        ours.forEach((sql, k) -> diff.put(sql, k - bare.getOrDefault(sql, 0L)));
        bare.forEach((sql, k) -> diff.putIfAbsent(sql, -k));
        diff.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted((a, b) -> Long.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(limit)
                .forEach(e -> line(String.format(Locale.ROOT, "| %+.1f | `%s` |", e.getValue() / (double) lifecycles, abbreviate(e.getKey()))));
    }

    /**
     * CPU time per lifecycle, one thread: the thread that runs the lifecycles, the rest of this JVM (JIT compiler and
     * GC threads) and all PostgreSQL processes (from /proc; Linux only). With several client threads both sides keep
     * the two cores busy, so CPU per lifecycle is what sets the rate.
     */
    void cpuPerLifecycle() throws Exception {
        int n = 20;
        double[] ours = cpuOf(n, this::ourLifecycle);
        double[] bare = cpuOf(n, this::bareLifecycle);
        if (ours == null || bare == null) {
            line("CPU per lifecycle: not measured (needs /proc).");
            line("");
            return;
        }
        line(String.format(Locale.ROOT, "CPU per lifecycle (one thread, %d lifecycles each, ms): ours %.1f on the client thread + %.1f "
                + "in the rest of the JVM (JIT compiler, GC) + %.1f in PostgreSQL = %.1f; bare %.1f + %.1f + %.1f = %.1f. Bare / ours: %.2f.",
                n, ours[0], ours[1], ours[2], ours[0] + ours[1] + ours[2], bare[0], bare[1], bare[2], bare[0] + bare[1] + bare[2],
                (bare[0] + bare[1] + bare[2]) / (ours[0] + ours[1] + ours[2])));
        line("");
    }

    /** CPU of this JVM's threads by kind (from /proc/self/task; Linux only), in ms; empty where it cannot be read. */
    static Map<String, Long> jvmThreadsCpuMillis() {
        Map<String, Long> ms = new java.util.TreeMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return ms;
        }
        for (java.io.File task : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                ms.merge(threadKind(name), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10, Long::sum);
            } catch (java.io.IOException | RuntimeException gone) {
                // a thread that ended while we read
            }
        }
        return ms;
    }

    static String threadKind(String name) {
        if (name.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return "GC and VM";
        }
        return name.replaceAll("[-#]?\\d+$", "");
    }

    /** {client thread, rest of the JVM, PostgreSQL} CPU ms per lifecycle, or null where /proc cannot be read. */
    double[] cpuOf(int n, IntConsumer lifecycle) {
        Map<String, Long> kinds0 = jvmThreadsCpuMillis();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Long pg0 = postgresCpuMillis();
        long jvm0 = os.getProcessCpuTime();
        long client0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            lifecycle.accept(0);
        }
        long client = threads.getCurrentThreadCpuTime() - client0;
        long jvm = os.getProcessCpuTime() - jvm0;
        Long pg1 = postgresCpuMillis();
        Map<String, Long> kinds = jvmThreadsCpuMillis();
        kinds0.forEach((kind, ms) -> kinds.merge(kind, -ms, Long::sum));
        line("JVM threads' CPU per lifecycle by kind (ms): " + kinds.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) n))
                .collect(java.util.stream.Collectors.joining(", ")) + ".");
        line("");
        if (pg0 == null || pg1 == null || jvm0 < 0 || client0 < 0) {
            return null;
        }
        return new double[] {client / 1e6 / n, (jvm - client) / 1e6 / n, (pg1 - pg0) / (double) n};
    }

    /** utime + stime of every process named postgres, in ms (clock ticks of 10 ms on Linux). */
    static Long postgresCpuMillis() {
        java.io.File[] procs = new java.io.File("/proc").listFiles((d, name) -> name.chars().allMatch(Character::isDigit));
        if (procs == null) {
            return null;
        }
        long ticks = 0;
        for (java.io.File proc : procs) {
            try {
                String stat = Files.readString(proc.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                // fields[0] is field 3 (state): utime is field 14, stime field 15; cutime/cstime 16, 17 (ended children)
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            } catch (java.io.IOException | RuntimeException gone) {
                // a process that ended while we read: its time is in its parent's cutime/cstime
            }
        }
        return ticks * 10;
    }

    static Map<String, Double> millisPerLifecycle(int n) {
        Map<String, Double> ms = new java.util.TreeMap<>();
        BenchEngine.NANOS.forEach((step, nanos) -> ms.put(step, nanos.sum() / 1e6 / n));
        BenchEngine.NANOS.clear();
        return ms;
    }

    static long total(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static String abbreviate(String sql) {
        String s = sql.replace("|", "\\|");
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    long historyRows(String table, String processInstanceId) {
        return historyRows(table, "PROC_INST_ID_", processInstanceId);
    }

    /** Rows of one process instance in a history table, by the column that holds its id there. */
    long historyRows(String table, String column, String processInstanceId) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, processInstanceId);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2. A province's scale

    @Test
    @Order(2)
    void provinceScale() throws Exception {
        line("## 2. Scale: " + NOMINATIONS + " nominations");
        line("");
        ScaleLoader loader = new ScaleLoader(jdbc, transactions, runtimeService);
        ScaleLoader.Loaded loaded = loader.load(NOMINATIONS);
        line(loaded.describe());
        line("");

        List<String> codes = jdbc.queryForList("select code from nomination where unit_code in ('pusamcap','phangsolin','namtam','namcha','sadephin','taphin') "
                + "order by id", String.class);
        List<String[]> persons = jdbc.query("select nominee_id_number, nominee_name from award where nominee_id_number like '0%' "
                + "order by id limit 5000", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        int thisYear = LocalDate.now().getYear();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // One line per measured query; adding a query is one entry here.
        Map<String, Supplier<Runnable>> queries = new LinkedHashMap<>();
        queries.put("Tasklist, commune official `xa.pusamcap`: candidate group, first 20 by due date",
                () -> () -> assertThat(engine.tasklistFirstPage("xa.pusamcap", 20)).isNotEmpty());
        queries.put("Tasklist, provincial chairman `tinh.chutich`: candidate group, first 20 by due date",
                () -> () -> assertThat(engine.tasklistFirstPage("tinh.chutich", 20)).isNotEmpty());
        queries.put("Tasklist, provincial board `tinh.thamdinh`: candidate group, first 20 by due date",
                () -> () -> assertThat(engine.tasklistFirstPage("tinh.thamdinh", 20)).isNotEmpty());
        queries.put("Tasklist count, provincial board `tinh.thamdinh`",
                () -> () -> assertThat(engine.tasklistCount("tinh.thamdinh")).isPositive());
        List<String> waitingTasks = jdbc.queryForList("select ID_ from ACT_RU_TASK order by ID_", String.class);
        queries.put("A task's sub-tasks: the statement every task completion sends first (Camunda's `selectTasksByParentTaskId`)", () -> {
            String id = waitingTasks.get(ThreadLocalRandom.current().nextInt(waitingTasks.size()));
            return () -> assertThat(jdbc.queryForList(SUB_TASKS, id)).isEmpty();
        });
        queries.put("`GET /api/nominations/{code}` over HTTP (Basic auth) as `huyen.sinho`", () -> {
            String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
            return () -> assertThat(get(http, "/api/nominations/" + code, "huyen.sinho").statusCode()).isEqualTo(200);
        });
        queries.put("Award registry: a nominee's awards over 5 years (`AwardRegistry.awardsOf`, by identity number)", () -> {
            String[] p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
            return () -> assertThat(awards.awardsOf(p[0], null, thisYear - 5, thisYear)).isNotEmpty();
        });
        queries.put("Award registry: a nominee's awards over 5 years (`AwardRegistry.awardsOf`, by name)", () -> {
            String[] p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
            return () -> assertThat(awards.awardsOf(null, p[1], thisYear - 5, thisYear)).isNotEmpty();
        });
        List<String> candidates = jdbc.queryForList("select code from nomination where status = 'IN_PROGRESS' "
                + "and award_kind_code in ('CSTD_CS', 'CSTD_TINH') order by id", String.class);
        queries.put("Eligibility preview of a CSTĐ nomination (prerequisites read from the registry, quota, pending matters)", () -> {
            String code = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
            return () -> assertThat(eligibility.preview(code)).isNotNull();
        });
        queries.put("Award registry search by name, accent-free (`GET /api/awards?nominee=`) as `thanhtra`", () -> {
            String[] p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
            String folded = java.text.Normalizer.normalize(p[1].replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            return () -> assertThat(get(http, "/api/awards?nominee=" + java.net.URLEncoder.encode(folded, StandardCharsets.UTF_8),
                    "thanhtra").statusCode()).isEqualTo(200);
        });
        List<Long> awardIds = jdbc.queryForList("select id from award order by id", Long.class);
        queries.put("Auditor's trail of one award (`GET /api/audit/awards/{id}/trail`) as `thanhtra`", () -> {
            long id = awardIds.get(ThreadLocalRandom.current().nextInt(awardIds.size()));
            return () -> assertThat(get(http, "/api/audit/awards/" + id + "/trail", "thanhtra").statusCode()).isEqualTo(200);
        });
        String[] inProgress = jdbc.queryForList("select code from nomination where status = 'IN_PROGRESS' order by id", String.class)
                .toArray(String[]::new);
        queries.put("Auditor's trail of a nomination in progress, with Camunda history (`GET /api/audit/nominations/{code}/trail`)", () -> {
            String code = inProgress[ThreadLocalRandom.current().nextInt(inProgress.length)];
            return () -> assertThat(get(http, "/api/audit/nominations/" + code + "/trail", "thanhtra").statusCode()).isEqualTo(200);
        });
        queries.put("Auditor's search by nominee name, accent-free, first page (`GET /api/audit/nominations?nominee=`)", () -> {
            String[] p = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
            String folded = java.text.Normalizer.normalize(p[1].replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            return () -> assertThat(get(http, "/api/audit/nominations?nominee=" + java.net.URLEncoder.encode(folded, StandardCharsets.UTF_8),
                    "thanhtra").statusCode()).isEqualTo(200);
        });

        line("| Query | p50 ms | p95 ms (median of " + REPETITIONS + ", range) | samples |");
        line("|---|---|---|---|");
        for (Map.Entry<String, Supplier<Runnable>> q : queries.entrySet()) {
            for (int i = 0; i < 20; i++) {
                q.getValue().get().run();
            }
            List<Double> p50 = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            for (int r = 0; r < REPETITIONS; r++) {
                double[] ms = new double[QUERY_SAMPLES];
                for (int i = 0; i < QUERY_SAMPLES; i++) {
                    Runnable call = q.getValue().get();
                    long t0 = System.nanoTime();
                    call.run();
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                p50.add(Stats.percentile(ms, 50));
                p95.add(Stats.percentile(ms, 95));
            }
            line("| " + q.getKey() + " | " + String.format(Locale.ROOT, "%.1f", Stats.median(p50)) + " | "
                    + Stats.spread(p95, "%.1f") + " | " + REPETITIONS + " × " + QUERY_SAMPLES + " |");
        }
        line("");
        plans(persons.get(0));
    }

    /**
     * The sub-task look-up every completion or deletion of a task makes first (TaskManager.findTasksByParentTaskId),
     * as the engine sends it (captured in the lifecycle's statement profile).
     */
    static final String SUB_TASKS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?";

    HttpResponse<String> get(HttpClient http, String path, String user) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** EXPLAIN ANALYZE of the statements exactly as sent (captured with their parameters). */
    void plans(String[] person) {
        line("### Query plans (EXPLAIN ANALYZE, statements captured as sent)");
        line("");
        plan("Tasklist, `xa.pusamcap`, first page", sql -> sql.contains("ACT_RU_TASK") && sql.toLowerCase(Locale.ROOT).contains("order by"),
                () -> engine.tasklistFirstPage("xa.pusamcap", 20));
        plan("Tasklist, `tinh.thamdinh`, first page", sql -> sql.contains("ACT_RU_TASK") && sql.toLowerCase(Locale.ROOT).contains("order by"),
                () -> engine.tasklistFirstPage("tinh.thamdinh", 20));
        String waitingTask = jdbc.queryForObject("select ID_ from ACT_RU_TASK order by ID_ limit 1", String.class);
        plan("A task's sub-tasks, looked up by every task completion", sql -> sql.equals(SUB_TASKS), () -> jdbc.queryForList(SUB_TASKS, waitingTask));
        String code = jdbc.queryForObject("select code from nomination where status = 'IN_PROGRESS' and unit_code = 'pusamcap' order by id desc limit 1", String.class);
        plan("`GET /api/nominations/{code}`: current steps (task by business key)", sql -> sql.contains("ACT_RU_TASK"),
                () -> dossiers.view("huyen.sinho", code));
        plan("`GET /api/nominations/{code}`: steps", sql -> sql.contains("FROM nomination_step"), () -> dossiers.view("huyen.sinho", code));
        plan("Award registry by identity number", sql -> sql.contains("FROM award"), () -> awards.awardsOf(person[0], null, 2000, 2100));
        plan("Award registry by folded name", sql -> sql.contains("FROM award"), () -> awards.awardsOf(null, person[1], 2000, 2100));
        String candidate = jdbc.queryForObject("select code from nomination where status = 'IN_PROGRESS' and award_kind_code = 'CSTD_TINH' "
                + "order by id limit 1", String.class);
        plan("Eligibility: prerequisite awards of the nominee", sql -> sql.contains("FROM award a"), () -> eligibility.preview(candidate));
        plan("Eligibility: an earlier proposal of the same nominee, kind and year", sql -> sql.contains(" UNION "), () -> eligibility.preview(candidate));
        plan("Award registry search by part of a name", sql -> sql.contains("FROM award"), () -> awards.search("van", null, null));
    }

    void plan(String title, java.util.function.Predicate<String> sqlMatches, Runnable call) {
        plan(title, sqlMatches, call, false);
    }

    /**
     * As above; with {@code generic}, the plan PostgreSQL makes for the statement prepared without its values (what it
     * may use once the driver has prepared the statement on the server and run it five times).
     */
    void plan(String title, java.util.function.Predicate<String> sqlMatches, Runnable call, boolean generic) {
        StatementCounter.capture(sqlMatches);
        call.run();
        StatementCounter.Captured captured = StatementCounter.captured();
        line("**" + title + "**");
        line("");
        if (captured == null) {
            line("(statement not captured)");
            line("");
            return;
        }
        List<String> plan = generic ? genericPlan(captured) : jdbc.query("EXPLAIN (ANALYZE, BUFFERS) " + captured.sql(), (rs, i) -> rs.getString(1),
                captured.parameters().toArray());
        line("```");
        line(captured.sql().replaceAll("\\s+", " ").trim());
        line("");
        plan.forEach(this::line);
        line("```");
        line("");
    }

    private List<String> genericPlan(StatementCounter.Captured captured) {
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (char ch : captured.sql().toCharArray()) {
            sql.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
        }
        List<String> values = new ArrayList<>();
        for (Object p : captured.parameters()) {
            values.add(p == null ? "NULL" : p instanceof Number || p instanceof Boolean ? p.toString() : "'" + p.toString().replace("'", "''") + "'");
        }
        return transactions.execute(status -> {
            jdbc.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            jdbc.execute("PREPARE kt_generic AS " + sql);
            try {
                return jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) EXECUTE kt_generic(" + String.join(", ", values) + ")", String.class);
            } finally {
                jdbc.execute("DEALLOCATE kt_generic");
            }
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2b. The report page (issue 15): its API over a province's years

    /**
     * The requests {@code /bao-cao.html} makes, over HTTP as the auditor, on the scale data (loaded here when this
     * method runs alone: {@code -Dit.test='KhenThuongBench#reportPage'}). Target: p95 under 300 ms.
     */
    @Test
    @Order(3)
    void reportPage() throws Exception {
        line("## 2b. Report page over " + count("select count(*) from nomination") + " nominations (before loading)");
        line("");
        if (count("select count(*) from nomination") < NOMINATIONS) {
            ScaleLoader.Loaded loaded = new ScaleLoader(jdbc, transactions, runtimeService).load(NOMINATIONS);
            line(loaded.describe());
            line("");
        }
        int lastYear = LocalDate.now().getYear() - 1;
        line(String.format(Locale.ROOT, "Rows: %,d nominations, %,d awards, %,d steps. Year asked: %d (a closed year). Load average now: %s.",
                count("select count(*) from nomination"), count("select count(*) from award"), count("select count(*) from nomination_step"),
                lastYear, loadAverage()));
        line("");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("`GET /api/reports?year=Y` (the page's figures: totals, per district, per award kind, trend)",
                "/api/reports?year=" + lastYear);
        requests.put("`GET /api/reports/steps?year=Y` (working days and overdue steps per step, asked at the same time)",
                "/api/reports/steps?year=" + lastYear);
        requests.put("`GET /api/reports/award-summary?year=Y` (the year's summary and its paragraph)", "/api/reports/award-summary?year=" + lastYear);
        requests.put("`GET /api/reports?year=Y&unit=sinho` (a district with its communes)", "/api/reports?year=" + lastYear + "&unit=sinho");
        requests.put("`GET /api/reports?year=Y&awardKind=BK_TINH&nomineeKind=INDIVIDUAL`",
                "/api/reports?year=" + lastYear + "&awardKind=BK_TINH&nomineeKind=INDIVIDUAL");
        requests.put("`GET /api/reports` (every year)", "/api/reports");
        requests.put("`GET /api/reports/steps` (every year: the steps of all five years)", "/api/reports/steps");
        requests.put("`GET /api/reports/units.xlsx?year=Y`", "/api/reports/units.xlsx?year=" + lastYear);
        line("| Request (as `thanhtra`, HTTP Basic) | p50 ms | p95 ms (median of " + REPETITIONS + ", range) | samples |");
        line("|---|---|---|---|");
        for (Map.Entry<String, String> r : requests.entrySet()) {
            for (int i = 0; i < 10; i++) {
                assertThat(get(http, r.getValue(), "thanhtra").statusCode()).isEqualTo(200);
            }
            List<Double> p50 = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            int samples = Math.max(20, QUERY_SAMPLES / 2);
            for (int rep = 0; rep < REPETITIONS; rep++) {
                double[] ms = new double[samples];
                for (int i = 0; i < samples; i++) {
                    long t0 = System.nanoTime();
                    assertThat(get(http, r.getValue(), "thanhtra").statusCode()).isEqualTo(200);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                p50.add(Stats.percentile(ms, 50));
                p95.add(Stats.percentile(ms, 95));
            }
            line("| " + r.getKey() + " | " + String.format(Locale.ROOT, "%.1f", Stats.median(p50)) + " | " + Stats.spread(p95, "%.1f") + " | "
                    + REPETITIONS + " × " + samples + " |");
            System.out.println("reportPage: " + r.getKey() + " p50 " + Stats.median(p50) + " ms, p95 " + Stats.spread(p95, "%.1f"));
        }
        line("");
        String page = "/api/reports?year=" + lastYear;
        plan("Report: nominations grouped by year, unit, award kind, nominee kind, status",
                sql -> sql.contains("FROM nomination_summary WHERE"), () -> get(http, page, "thanhtra"));
        plan("Report: awards grouped (award.AwardFigures)", sql -> sql.contains("FROM award WHERE"), () -> get(http, page, "thanhtra"));
        plan("Report: steps of the year grouped by start and end day", sql -> sql.contains("nomination_step_summary"),
                () -> get(http, "/api/reports/steps?year=" + lastYear, "thanhtra"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. Memory and start-up

    @Test
    @Order(4)
    void memoryAndStartUp() throws Exception {
        line("## 3. Memory and start-up");
        line("");
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        line(String.format(Locale.ROOT, "- Heap used after the scale load and the queries, after GC: **%d MB** (committed %d MB, max %d MB)",
                heap.getUsed() / (1024 * 1024), heap.getCommitted() / (1024 * 1024), heap.getMax() / (1024 * 1024)));
        List<Double> h2 = new ArrayList<>();
        for (int r = 0; r < REPETITIONS; r++) {
            h2.add(startUp("jdbc:h2:mem:startup" + r + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR", "sa", ""));
        }
        line("- Start-up, JVM launch to readiness (`/actuator/health/readiness` UP, after the demo seeds), `java -cp … "
                + "KhenThuongApplication --spring.profiles.active=demo`, fresh H2: **" + Stats.spread(h2, "%.1f") + " s**");
        double pg = startUp(BenchPostgres.jdbcUrl(BenchPostgres.DATABASE), "postgres", "postgres");
        line(String.format(Locale.ROOT, "- The same on the loaded PostgreSQL database (schema present, %d nominations): **%.1f s** (once)",
                count("select count(*) from nomination"), pg));
        line("");
        line(String.format(Locale.ROOT, "Whole bench run: %.1f min. Load average at the end: %s.", (System.nanoTime() - startedAt) / 6e10,
                loadAverage()));
    }

    /** Seconds from launching a JVM with the application to its readiness probe answering UP. */
    double startUp(String url, String user, String password) throws Exception {
        int appPort;
        try (ServerSocket s = new ServerSocket(0)) {
            appPort = s.getLocalPort();
        }
        Path log = Files.createTempFile("kt-startup", ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.khenthuong.KhenThuongApplication",
                "--spring.profiles.active=demo", "--server.port=" + appPort, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
        long t0 = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        try {
            while (System.nanoTime() - t0 < 180e9) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("The application stopped during start-up; log: " + log);
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/actuator/health/readiness"))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        Files.deleteIfExists(log);
                        return seconds;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("Not ready after 180 s; log: " + log);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // 4. A list of nominees from Excel (issue 16)

    @Test
    @Order(5)
    void bulkList() throws Exception {
        line("## 4. A list of nominees from Excel");
        line("");
        BenchLists lists = BenchLists.from(context);
        int year = LocalDate.now().getYear();
        String filer = FILERS[1][0];
        // Warm-up: a small list through the same path, so the JIT has seen it (and the first-use costs are paid).
        BenchLists.Result warm = lists.file(filer, lists.list(filer, 50, 900_000, year));
        assertThat(warm.filed()).isEqualTo(50);
        long before = count("select count(*) from nomination");
        long built = System.nanoTime();
        byte[] xlsx = lists.list(filer, LIST_ROWS, 1, year);
        long buildMillis = (System.nanoTime() - built) / 1_000_000;
        StatementCounter.start();
        BenchLists.Result r = lists.file(filer, xlsx);
        long listCommits = StatementCounter.COMMITS.sum();
        Map<String, Long> listStatements = StatementCounter.stop();
        assertThat(r.filed()).isEqualTo(LIST_ROWS);
        assertThat(r.invalid()).isZero();
        assertThat(count("select count(*) from nomination") - before).isEqualTo(LIST_ROWS);
        assertThat(count("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ is not null and PARENT_ID_ is null")).isGreaterThanOrEqualTo(LIST_ROWS);
        line(String.format(Locale.ROOT, "`NominationLists.upload` as `%s` in VALID_ROWS mode (`POST /api/nomination-lists` without HTTP): the template "
                + "filled with %d individuals (%d KB .xlsx, built in %d ms by the test), read with POI's streaming reader, every row checked "
                + "by the filing rules and the duplicate rule, then filed in transactions of %d rows, each row as `DossierService.file` "
                + "(code, dossier row, audit, process start with registerDossier and the route DMN).", filer, r.rows(), r.bytes() / 1024,
                buildMillis, BenchLists.CHUNK));
        line("");
        line(String.format(Locale.ROOT, "- **%d rows validated and filed in %.1f s** (%.1f ms per row; target under 60 s on 2 cores). Load average: %s",
                r.rows(), r.millis() / 1000.0, (double) r.millis() / r.rows(), loadAverage()));
        line("");
        statementsPer("filed row", LIST_ROWS, listStatements, listCommits);
    }

    /** The load-independent figure of a volume path: JDBC round trips (a batch counts once) and commits per unit of work. */
    void statementsPer(String unit, int units, Map<String, Long> statements, long commits) {
        long total = statements.values().stream().mapToLong(Long::longValue).sum();
        line(String.format(Locale.ROOT, "- JDBC round trips per %s: **%.2f** (%d in all; a batch counts once), commits %d", unit, total / (double) units,
                total, commits));
        line("");
        line("<details><summary>Statements per " + unit + ", most frequent first</summary>");
        line("");
        line("| per " + unit + " | SQL |");
        line("|---|---|");
        statements.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(40)
                .forEach(e -> line(String.format(Locale.ROOT, "| %.3f | `%s` |", e.getValue() / (double) units, abbreviate(e.getKey()))));
        line("");
        line("</details>");
        line("");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Issue 16, points 3 and 4: a chairman's waiting list, one decision for many, its PDF and certificates

    static final int WAITING_DECISIONS = Integer.getInteger("bench.waitingDecisions", 2000);
    static final int DECISION_AWARDEES = Integer.getInteger("bench.decisionAwardees", 1000);
    /** The nominations this section started at the chairman's decision, for the decision of 1,000. */
    final List<String> waitingCodes = new ArrayList<>();
    long benchDecisionId;

    /**
     * Tops the provincial chairman's waiting decisions up to {@link #WAITING_DECISIONS}: Bằng khen dossiers written to
     * the nomination table and started at the decision step, as ScaleLoader does for the province's scale.
     */
    void waitingAtDecision() throws Exception {
        if (!waitingCodes.isEmpty()) {
            return;
        }
        long waiting = count("select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where t.task_def_key_ = 'decision' and l.group_id_ = 'chairman.laichau' and l.type_ = 'candidate'");
        int missing = (int) Math.max(DECISION_AWARDEES, WAITING_DECISIONS - waiting);
        int year = 2019;
        Integer last = jdbc.queryForList("select last_value from nomination_code_counter where year = ?", Integer.class, year).stream().findFirst().orElse(0);
        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, procedure_kind, nominee_kind, nominee_name, nominee_id_number, "
                + "nominee_birth_year, nominee_gender, nominee_position, nominee_address, achievements, status, created_by, created_at, updated_at) "
                + "SELECT 'LC-' || ? || '-' || lpad((? + i)::text, 6, '0'), ?, 'pusamcap', 'BK_TINH', 'AD_HOC', 'INDIVIDUAL', "
                + "(ARRAY['Giàng A','Lò Văn','Tao Thị','Vàng A','Lường Văn'])[1 + i % 5] || ' ' || (ARRAY['Páo','Hùng','Mai','Dình','Sơn','Hoa'])[1 + i % 6] || ' ' || i, "
                + "lpad((900000000 + i)::text, 12, '0'), 1960 + i % 40, 'MALE', 'Trưởng bản', 'Bản Pu Sam Cáp', "
                + "'Dũng cảm cứu người trong lũ quét năm ' || ? || '. Tích cực tham gia phòng chống thiên tai.', 'IN_PROGRESS', 'xa.pusamcap', now(), now() "
                + "FROM generate_series(1, ?) i", year, last, year, year, missing);
        jdbc.update("INSERT INTO nomination_code_counter (year, last_value) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_value = excluded.last_value",
                year, last + missing);
        List<String> codes = jdbc.queryForList("select code from nomination where year = ? and code > ? order by code", String.class,
                year, String.format("LC-%d-%06d", year, last));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < codes.size(); from += 200) {
                List<String> slice = codes.subList(from, Math.min(codes.size(), from + 200));
                done.add(pool.submit(() -> transactions.executeWithoutResult(tx -> slice.forEach(code -> {
                    Map<String, Object> v = new java.util.HashMap<>();
                    v.put("routeStep", "DECISION");
                    v.put("stepUnit", "laichau");
                    v.put("stepLevel", "PROVINCE");
                    v.put("procedureKind", "AD_HOC");
                    v.put("nomineeKind", "INDIVIDUAL");
                    v.put("nominationCode", code);
                    v.put("unitCode", "pusamcap");
                    v.put("districtCode", "sinho");
                    v.put("provinceCode", "laichau");
                    v.put("awardKindCode", "BK_TINH");
                    v.put("nomineeName", code);
                    v.put("initiator", "xa.pusamcap");
                    runtimeService.createProcessInstanceByKey("nomination").businessKey(code).setVariables(v).startBeforeActivity("decision").execute();
                }))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        waitingCodes.addAll(codes);
        jdbc.execute("ANALYZE");
    }

    HttpResponse<byte[]> call(HttpClient http, String method, String path, String user, String json) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(20)
    void chairmansWaitingList() throws Exception {
        waitingAtDecision();
        long waiting = count("select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where t.task_def_key_ = 'decision' and l.group_id_ = 'chairman.laichau' and l.type_ = 'candidate'");
        line("## Issue 16: batch work and one decision for many");
        line("");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        batchList(http, "/api/work/decisions", "tinh.chutich", "`GET /api/work/decisions` as `tinh.chutich`, " + waiting + " waiting decisions",
                List.of("?size=50", "?size=50&unit=sinho&awardKind=BK_TINH", "?size=500&page=2"));
        // Issue 21 point 3: the provincial board's list, with its BOARD_WAITING appraisals (the chairman's tasks stay too).
        waitingAtAppraisal();
        long appraisals = count("select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where t.task_def_key_ = 'provincialAppraisal' and l.group_id_ = 'appraiser.laichau' and l.type_ = 'candidate'");
        List<String> boardQueries = List.of("?size=50", "?size=50&unit=sinho", "?size=50&unit=pusamcap&awardKind=BK_TINH", "?size=50&page=40",
                "?size=50&awardKind=GK_XA");
        batchList(http, "/api/work/appraisals", "tinh.thamdinh", "`GET /api/work/appraisals` as `tinh.thamdinh`, " + appraisals + " waiting appraisals",
                boardQueries);
        // Where one call's time goes: its statements (count and time of each, server-side JDBC), then the plan of each.
        for (String query : List.of("?size=50", "?size=50&unit=pusamcap&awardKind=BK_TINH")) {
            StatementCounter.start();
            long t0 = System.nanoTime();
            assertThat(call(http, "GET", "/api/work/appraisals" + query, "tinh.thamdinh", null).statusCode()).isEqualTo(200);
            double total = (System.nanoTime() - t0) / 1e6;
            double jdbcMs = StatementCounter.JDBC_NANOS.sum() / 1e6;
            Map<String, Double> sqlMs = new LinkedHashMap<>();
            StatementCounter.SQL_NANOS.forEach((sql, nanos) -> sqlMs.put(sql, nanos.sum() / 1e6));
            Map<String, Long> statements = StatementCounter.stop();
            line(String.format(Locale.ROOT, "One call of `%s` (load %s): %.1f ms over HTTP, %d statements, %.1f ms in JDBC:", query, loadAverage(), total,
                    statements.values().stream().mapToLong(Long::longValue).sum(), jdbcMs));
            line("");
            line("| statements | ms | SQL |");
            line("|---|---|---|");
            statements.forEach((sql, n) -> line(String.format(Locale.ROOT, "| %d | %.1f | `%s` |", n, sqlMs.getOrDefault(sql, 0.0),
                    sql.replaceAll("\\s+", " ").trim().replace("|", "\\|"))));
            line("");
        }
        for (String query : List.of("?size=50", "?size=50&unit=pusamcap&awardKind=BK_TINH")) {
            plan("Board's batch list `" + query + "`: the tasks", sql -> sql.contains("ACT_RU_TASK") || sql.contains("act_ru_task"),
                    () -> call(http, "GET", "/api/work/appraisals" + query, "tinh.thamdinh", null));
            plan("Board's batch list `" + query + "`: the nominations", sql -> sql.contains("FROM nomination"),
                    () -> call(http, "GET", "/api/work/appraisals" + query, "tinh.thamdinh", null));
        }
        if (PAUSE_SECONDS > 0) {
            // The DataSource may be the statement counter's proxy: ask a connection for its URL.
            System.out.println("bench pause: " + jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getURL())
                    + " for " + PAUSE_SECONDS + " s");
            Thread.sleep(PAUSE_SECONDS * 1000L);
        }
    }

    /** p50 and p95 of a batch list's queries, as the user, over HTTP. */
    void batchList(HttpClient http, String path, String user, String title, List<String> queries) {
        line("| " + title + " (load " + loadAverage() + ") | p50 ms | p95 ms (median of " + REPETITIONS + ", range) | samples |");
        line("|---|---|---|---|");
        for (String query : queries) {
            for (int i = 0; i < 10; i++) {
                assertThat(call(http, "GET", path + query, user, null).statusCode()).isEqualTo(200);
            }
            List<Double> p50 = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            for (int r = 0; r < REPETITIONS; r++) {
                int samples = Math.max(10, QUERY_SAMPLES / 4);
                double[] ms = new double[samples];
                for (int i = 0; i < samples; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> page = call(http, "GET", path + query, user, null);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    assertThat(page.statusCode()).isEqualTo(200);
                }
                p50.add(Stats.percentile(ms, 50));
                p95.add(Stats.percentile(ms, 95));
            }
            line("| `" + query + "` | " + String.format(Locale.ROOT, "%.1f", Stats.median(p50)) + " | " + Stats.spread(p95, "%.1f") + " | "
                    + REPETITIONS + " × " + Math.max(10, QUERY_SAMPLES / 4) + " |");
            System.out.println("batchList " + path + query + ": p95 " + Stats.spread(p95, "%.1f"));
        }
        line("");
    }

    @Test
    @Order(21)
    void decisionOfAThousandWithItsPdf() throws Exception {
        waitingAtDecision();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> codes = waitingCodes.subList(0, DECISION_AWARDEES);
        String number = (1000 + ThreadLocalRandom.current().nextInt(900000)) + "/QĐ-UBND";
        long t0 = System.nanoTime();
        HttpResponse<byte[]> created = call(http, "POST", "/api/decisions", "tinh.thamdinh",
                "{\"unitCode\":\"laichau\",\"signer\":\"tinh.chutich\",\"number\":\"" + number + "\",\"date\":\"2019-12-20\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        benchDecisionId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asLong();
        long t1 = System.nanoTime();
        String body = "{\"nominationCodes\":[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]}";
        HttpResponse<byte[]> added = call(http, "POST", "/api/decisions/" + benchDecisionId + "/nominations", "tinh.thamdinh", body);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(new String(added.body(), StandardCharsets.UTF_8)).contains("\"added\":" + DECISION_AWARDEES);
        long t2 = System.nanoTime();
        HttpResponse<byte[]> view = call(http, "GET", "/api/decisions/" + benchDecisionId, "tinh.chutich", null);
        assertThat(view.statusCode()).isEqualTo(200);
        long t3 = System.nanoTime();
        StatementCounter.start();
        HttpResponse<byte[]> signed = call(http, "POST", "/api/decisions/" + benchDecisionId + "/sign", "tinh.chutich", null);
        long signCommits = StatementCounter.COMMITS.sum();
        Map<String, Long> signStatements = StatementCounter.stop();
        assertThat(signed.statusCode()).as(new String(signed.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        long t4 = System.nanoTime();
        HttpResponse<byte[]> pdf = call(http, "GET", "/api/decisions/" + benchDecisionId + "/pdf", "tinh.chutich", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        long t5 = System.nanoTime();
        assertThat(count("select count(*) from award where decision_id = " + benchDecisionId)).isEqualTo(DECISION_AWARDEES);
        line("One decision of " + DECISION_AWARDEES + " awardees over HTTP (board drafts and fills it, chairman signs it; every decision task "
                + "completed as the chairman, recorded in the registry, linked to the decision, in one transaction):");
        line("");
        line("| Step | s |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| create the draft | %.2f |", (t1 - t0) / 1e9));
        line(String.format(Locale.ROOT, "| add %d nominations (checked against the chairman's waiting tasks) | %.2f |", DECISION_AWARDEES, (t2 - t1) / 1e9));
        line(String.format(Locale.ROOT, "| read it with each line's reward money and the total | %.2f |", (t3 - t2) / 1e9));
        line(String.format(Locale.ROOT, "| sign: check all, complete %d tasks, record %d awards, link them | %.2f |", DECISION_AWARDEES, DECISION_AWARDEES, (t4 - t3) / 1e9));
        line(String.format(Locale.ROOT, "| the decision's PDF with its annex (%d KB) | %.2f |", pdf.body().length / 1024, (t5 - t4) / 1e9));
        line(String.format(Locale.ROOT, "| **total** (target < 30 s) | **%.2f** |", (t5 - t0) / 1e9));
        line("");
        statementsPer("signed award", DECISION_AWARDEES, signStatements, signCommits);
    }

    @Test
    @Order(22)
    void certificatesForAThousand() throws Exception {
        if (benchDecisionId == 0) {
            decisionOfAThousandWithItsPdf();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> pdf = call(http, "GET", "/api/decisions/" + benchDecisionId + "/certificates", "tinh.chutich", null);
        long t1 = System.nanoTime();
        assertThat(pdf.statusCode()).isEqualTo(200);
        int pages;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).isEqualTo(DECISION_AWARDEES);
        line(String.format(Locale.ROOT, "Certificates of that decision, one PDF of %d pages (%d KB): **%.2f s** (target < 60 s)", pages,
                pdf.body().length / 1024, (t1 - t0) / 1e9));
        line("");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Issue 21, points 2 and 3 (and issue 16's chairman's list): where officials wait, at year-end volume

    static final int BOARD_WAITING = Integer.getInteger("bench.boardWaiting", 5000);
    /** One user per role: their Tasklist filters are counted as Tasklist counts them (every filter, each refresh). */
    static final List<String> ROLE_USERS = List.of("xa.pusamcap", "huyen.sinho", "hd.pusamcap.2", "hd.pusamcap.1", "tinh.thamdinh",
            "tinh.chutich", "thanhtra");
    /** Seconds to keep the database up after the measurement, for EXPLAIN by hand (psql on the printed URL). */
    static final int PAUSE_SECONDS = Integer.getInteger("bench.pauseSeconds", 0);
    /** Tasklist's search by nominee, as its search box sends it in the body of the filter's list. */
    static final String NOMINEE_SEARCH = "{\"processVariables\":[{\"name\":\"nomineeName\",\"operator\":\"like\",\"value\":\"%Lò Văn%\"}],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    /** Tops the provincial board's waiting appraisals up to {@link #BOARD_WAITING}, as {@link #waitingAtDecision} does. */
    void waitingAtAppraisal() throws Exception {
        long waiting = count("select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where t.task_def_key_ = 'provincialAppraisal' and l.group_id_ = 'appraiser.laichau' and l.type_ = 'candidate'");
        int missing = (int) (BOARD_WAITING - waiting);
        if (missing <= 0) {
            return;
        }
        int year = LocalDate.now().getYear();
        Integer last = jdbc.queryForList("select last_value from nomination_code_counter where year = ?", Integer.class, year).stream().findFirst().orElse(0);
        // Codes far above anything this run files, so the bench's own filings never collide with them.
        int base = Math.max(last, 800_000);
        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, procedure_kind, nominee_kind, nominee_name, nominee_id_number, "
                + "nominee_birth_year, nominee_gender, nominee_position, nominee_address, achievements, status, created_by, created_at, updated_at) "
                + "SELECT 'LC-' || ? || '-' || lpad((? + i)::text, 6, '0'), ?, (ARRAY['pusamcap','phucthan','phangsolin','namtam','taphin'])[1 + i % 5], "
                + "'BK_TINH', 'PERIODIC', 'INDIVIDUAL', "
                + "(ARRAY['Giàng A','Lò Văn','Tao Thị','Vàng A','Lường Văn'])[1 + i % 5] || ' ' || (ARRAY['Páo','Hùng','Mai','Dình','Sơn','Hoa'])[1 + i % 6] || ' ' || i, "
                + "lpad((800000000 + i)::text, 12, '0'), 1960 + i % 40, 'MALE', 'Trưởng bản', 'Bản Pu Sam Cáp', "
                + "'Hoàn thành xuất sắc nhiệm vụ năm ' || ? || '.', 'IN_PROGRESS', 'xa.pusamcap', now(), now() "
                + "FROM generate_series(1, ?) i", year, base, year, year, missing);
        jdbc.update("INSERT INTO nomination_code_counter (year, last_value) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last_value = excluded.last_value",
                year, base + missing);
        List<Map<String, Object>> rows = jdbc.queryForList("select code, unit_code from nomination where year = ? and code > ? order by code",
                year, String.format("LC-%d-%06d", year, base));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += 200) {
                List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + 200));
                done.add(pool.submit(() -> transactions.executeWithoutResult(tx -> slice.forEach(row -> {
                    String code = (String) row.get("code");
                    Map<String, Object> v = new java.util.HashMap<>();
                    v.put("routeStep", "APPRAISAL");
                    v.put("stepUnit", "laichau");
                    v.put("stepLevel", "PROVINCE");
                    v.put("procedureKind", "PERIODIC");
                    v.put("nomineeKind", "INDIVIDUAL");
                    v.put("nominationCode", code);
                    v.put("unitCode", row.get("unit_code"));
                    v.put("districtCode", "sinho");
                    v.put("provinceCode", "laichau");
                    v.put("awardKindCode", "BK_TINH");
                    v.put("nomineeName", code);
                    v.put("initiator", "xa." + row.get("unit_code"));
                    v.put("tierModel", "TWO_TIER");
                    runtimeService.createProcessInstanceByKey("nomination").businessKey(code).setVariables(v)
                            .startBeforeActivity("provincialAppraisal").execute();
                }))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        jdbc.execute("ANALYZE");
    }

    /** p50 and p95 (median over the repetitions, with the p95s' range) of one call, after a warm-up. */
    String timed(Supplier<Runnable> call, int samples) {
        return timed(call, samples, REPETITIONS, 5);
    }

    String timed(Supplier<Runnable> call, int samples, int repetitions, int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            call.get().run();
        }
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            double[] ms = new double[samples];
            for (int i = 0; i < samples; i++) {
                Runnable run = call.get();
                long t0 = System.nanoTime();
                run.run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            p50.add(Stats.percentile(ms, 50));
            p95.add(Stats.percentile(ms, 95));
        }
        return String.format(Locale.ROOT, "%.1f", Stats.median(p50)) + " | " + Stats.spread(p95, "%.1f") + " | " + repetitions + " × " + samples;
    }

    HttpResponse<byte[]> engineRest(HttpClient http, String method, String path, String user, String json, String accept) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path)).timeout(Duration.ofMinutes(1))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", accept);
            b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The filters a user's Tasklist shows (id, name), read as that user. */
    List<String[]> filtersOf(HttpClient http, String user) throws IOException {
        HttpResponse<byte[]> r = engineRest(http, "GET", "/filter?resourceType=Task", user, null, "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String[]> filters = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body())
                .forEach(f -> filters.add(new String[] {f.get("id").asText(), f.get("name").asText()}));
        return filters;
    }

    /** Every Tasklist filter count of these users, one row per filter. */
    void filterCounts(HttpClient http, String title, List<String> users, int samples, int repetitions, int warmUp) throws IOException {
        line("**" + title + "** (load average " + loadAverage() + ")");
        line("");
        line("| User | Filter | tasks | p50 ms | p95 ms (median, range) | samples |");
        line("|---|---|---|---|---|---|");
        for (String user : users) {
            for (String[] f : filtersOf(http, user)) {
                String path = "/filter/" + f[0] + "/count";
                String answer = new String(engineRest(http, "GET", path, user, null, "application/json").body(), StandardCharsets.UTF_8);
                String figures = timed(() -> () -> assertThat(engineRest(http, "GET", path, user, null, "application/json").statusCode()).isEqualTo(200),
                        samples, repetitions, warmUp);
                line("| `" + user + "` | " + f[1] + " | " + answer.replaceAll("\\D", "") + " | " + figures + " |");
                System.out.println("filterCount " + user + " / " + f[1] + ": " + figures);
            }
        }
        line("");
    }

    @Test
    @Order(6)
    void whereOfficialsWait() throws Exception {
        if (count("select count(*) from nomination") < NOMINATIONS) {
            ScaleLoader.Loaded loaded = new ScaleLoader(jdbc, transactions, runtimeService).load(NOMINATIONS);
            line(loaded.describe());
            line("");
        }
        waitingAtAppraisal();
        waitingAtDecision();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        line("## 5. Where officials wait: " + count("select count(*) from nomination") + " nominations, "
                + count("select count(*) from act_ru_task") + " open tasks, " + count("select count(*) from act_ru_authorization") + " authorization rows");
        line("");
        line(String.format(Locale.ROOT, "Waiting for the provincial board (appraiser.laichau): %d tasks; for the provincial chairman: %d. Load average: %s.",
                count("select count(*) from act_ru_identitylink where group_id_ = 'appraiser.laichau' and type_ = 'candidate'"),
                count("select count(*) from act_ru_identitylink where group_id_ = 'chairman.laichau' and type_ = 'candidate'"), loadAverage()));
        line("");
        // Before: Camunda's own count (its authorization join), for the two provincial users whose groups hold thousands of
        // tasks; few samples, each takes seconds. After: the count by grants (workflow.tasklist.FilterCounts), every role.
        vn.khenthuong.workflow.tasklist.FilterCountSwitch.enable(context, false);
        try {
            filterCounts(http, "Before: Camunda's own count (FilterCounts switched off)", List.of("tinh.thamdinh", "tinh.chutich", "xa.pusamcap"), 5, 1, 1);
        } finally {
            vn.khenthuong.workflow.tasklist.FilterCountSwitch.enable(context, true);
        }
        filterCounts(http, "After: Tasklist filter counts by grants (`GET /engine-rest/filter/{id}/count`, as the user, HTTP Basic)", ROLE_USERS,
                Math.max(20, QUERY_SAMPLES / 2), REPETITIONS, 5);
        String board = filtersOf(http, "tinh.thamdinh").get(0)[0];
        plan("Tasklist count of the board's first filter", sql -> sql.contains("ACT_RU_TASK") && sql.toLowerCase(Locale.ROOT).contains("count("),
                () -> engine.as("tinh.thamdinh", () -> processEngine.getFilterService().count(board)));
        // Tasklist's search by a process variable, as the board's page below sends it: the LIKE pattern is a parameter of
        // a statement the driver prepares on the server, so after a few executions PostgreSQL may plan it without the
        // pattern (a generic plan). Both plans are shown.
        for (boolean generic : new boolean[] {false, true}) {
            plan("Tasklist first page of the board's first filter, searching a nominee (`POST /engine-rest/filter/{id}/list`), "
                    + (generic ? "generic plan" : "planned with the pattern"), sql -> sql.contains("ACT_RU_VARIABLE")
                    && sql.toLowerCase(Locale.ROOT).contains("like") && !sql.toLowerCase(Locale.ROOT).contains("count("),
                    () -> assertThat(engineRest(http, "POST", "/filter/" + board + "/list?firstResult=0&maxResults=15", "tinh.thamdinh",
                            NOMINEE_SEARCH, "application/hal+json").statusCode()).isEqualTo(200), generic);
        }
        pages(http);
        if (PAUSE_SECONDS > 0) {
            // The DataSource may be the statement counter's proxy: ask a connection for its URL.
            System.out.println("bench pause: " + jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getURL())
                    + " for " + PAUSE_SECONDS + " s");
            Thread.sleep(PAUSE_SECONDS * 1000L);
        }
    }

    /** p95 server time of every page an official opens (issue 21 point 3), in one table. */
    void pages(HttpClient http) throws IOException {
        int lastYear = LocalDate.now().getYear() - 1;
        int samples = Math.max(20, QUERY_SAMPLES / 2);
        String boardFilter = filtersOf(http, "tinh.thamdinh").get(0)[0];
        String chairmanFilter = filtersOf(http, "tinh.chutich").get(0)[0];
        String communeFilter = filtersOf(http, "xa.pusamcap").get(0)[0];
        String sorting = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        List<String[]> boardTasks = jdbc.query("select t.id_, e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "where t.task_def_key_ = 'provincialAppraisal' order by t.id_ limit 2000", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> inProgress = jdbc.queryForList("select code from nomination where status = 'IN_PROGRESS' order by id", String.class);
        List<Long> awardIds = jdbc.queryForList("select id from award order by id limit 20000", Long.class);
        List<String> names = jdbc.queryForList("select nominee_name_folded from award where nominee_name_folded is not null order by id limit 5000", String.class);
        Map<String, Supplier<Runnable>> pages = new LinkedHashMap<>();
        pages.put("Tasklist first page, provincial board (`POST /engine-rest/filter/{id}/list?maxResults=15`, HAL, by creation desc)",
                () -> () -> assertThat(engineRest(http, "POST", "/filter/" + boardFilter + "/list?firstResult=0&maxResults=15", "tinh.thamdinh", sorting,
                        "application/hal+json").statusCode()).isEqualTo(200));
        pages.put("Tasklist first page, provincial board, searching a nominee (Tasklist's search in the body)",
                () -> () -> assertThat(engineRest(http, "POST", "/filter/" + boardFilter + "/list?firstResult=0&maxResults=15", "tinh.thamdinh", NOMINEE_SEARCH,
                        "application/hal+json").statusCode()).isEqualTo(200));
        pages.put("Tasklist first page, provincial chairman", () -> () -> assertThat(engineRest(http, "POST", "/filter/" + chairmanFilter
                + "/list?firstResult=0&maxResults=15", "tinh.chutich", sorting, "application/hal+json").statusCode()).isEqualTo(200));
        pages.put("Tasklist first page, commune official", () -> () -> assertThat(engineRest(http, "POST", "/filter/" + communeFilter
                + "/list?firstResult=0&maxResults=15", "xa.pusamcap", sorting, "application/hal+json").statusCode()).isEqualTo(200));
        pages.put("A task's form with the dossier, board (`GET /engine-rest/task/{id}`, `/form-variables`, `/deployed-form`, `GET /api/nominations/{code}`)", () -> {
            String[] t = boardTasks.get(ThreadLocalRandom.current().nextInt(boardTasks.size()));
            return () -> {
                assertThat(engineRest(http, "GET", "/task/" + t[0], "tinh.thamdinh", null, "application/json").statusCode()).isEqualTo(200);
                assertThat(engineRest(http, "GET", "/task/" + t[0] + "/form-variables", "tinh.thamdinh", null, "application/json").statusCode()).isEqualTo(200);
                assertThat(engineRest(http, "GET", "/task/" + t[0] + "/deployed-form", "tinh.thamdinh", null, "*/*").statusCode()).isEqualTo(200);
                assertThat(get(http, "/api/nominations/" + t[1], "tinh.thamdinh").statusCode()).isEqualTo(200);
            };
        });
        pages.put("The dossier page (`GET /api/nominations/{code}`, as the auditor)", () -> {
            String code = inProgress.get(ThreadLocalRandom.current().nextInt(inProgress.size()));
            return () -> assertThat(get(http, "/api/nominations/" + code, "thanhtra").statusCode()).isEqualTo(200);
        });
        pages.put("Audit search by nominee name, first page (`GET /api/audit/nominations?nominee=`)", () -> {
            String name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
            return () -> assertThat(get(http, "/api/audit/nominations?nominee=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "thanhtra")
                    .statusCode()).isEqualTo(200);
        });
        pages.put("Audit trail of a nomination in progress (`GET /api/audit/nominations/{code}/trail`)", () -> {
            String code = inProgress.get(ThreadLocalRandom.current().nextInt(inProgress.size()));
            return () -> assertThat(get(http, "/api/audit/nominations/" + code + "/trail", "thanhtra").statusCode()).isEqualTo(200);
        });
        pages.put("Audit trail of an award (`GET /api/audit/awards/{id}/trail`)", () -> {
            long id = awardIds.get(ThreadLocalRandom.current().nextInt(awardIds.size()));
            return () -> assertThat(get(http, "/api/audit/awards/" + id + "/trail", "thanhtra").statusCode()).isEqualTo(200);
        });
        pages.put("Reports page: figures (`GET /api/reports?year=Y`)", () -> () -> assertThat(get(http, "/api/reports?year=" + lastYear, "thanhtra").statusCode()).isEqualTo(200));
        pages.put("Reports page: steps (`GET /api/reports/steps?year=Y`)", () -> () -> assertThat(get(http, "/api/reports/steps?year=" + lastYear, "thanhtra").statusCode()).isEqualTo(200));
        pages.put("Reports page: summary (`GET /api/reports/award-summary?year=Y`)", () -> () -> assertThat(get(http, "/api/reports/award-summary?year=" + lastYear, "thanhtra").statusCode()).isEqualTo(200));
        line("Before, the chairman's list ran the engine's authorization-checked task query as the chairman (all of his waiting "
                + "decisions, then paged in Java); that query alone, through the Java API: "
                + timed(() -> () -> engine.as("tinh.chutich", () -> assertThat(processEngine.getTaskService().createTaskQuery().processDefinitionKey("nomination")
                        .taskDefinitionKey("decision").taskCandidateGroupIn(List.of("chairman.laichau")).includeAssignedTasks().active()
                        .orderByTaskCreateTime().asc().orderByTaskId().asc().list()).isNotEmpty()), 5, 1, 1).replace(" | ", " / ")
                + " (p50 / p95 ms / samples).");
        line("");
        pages.put("Chairman's batch list (`GET /api/work/decisions?size=50`)", () -> () -> assertThat(call(http, "GET", "/api/work/decisions?size=50", "tinh.chutich", null).statusCode()).isEqualTo(200));
        pages.put("Chairman's batch list filtered (`?size=50&unit=sinho&awardKind=BK_TINH`)", () -> () -> assertThat(call(http, "GET",
                "/api/work/decisions?size=50&unit=sinho&awardKind=BK_TINH", "tinh.chutich", null).statusCode()).isEqualTo(200));
        pages.put("Board's batch list (`GET /api/work/appraisals?size=50`)", () -> () -> assertThat(call(http, "GET", "/api/work/appraisals?size=50", "tinh.thamdinh", null).statusCode()).isEqualTo(200));
        line("| Page (server time over HTTP, localhost) | p50 ms | p95 ms (median, range) | samples |");
        line("|---|---|---|---|");
        for (Map.Entry<String, Supplier<Runnable>> p : pages.entrySet()) {
            String figures = timed(p.getValue(), samples);
            line("| " + p.getKey() + " | " + figures + " |");
            System.out.println("page " + p.getKey() + ": " + figures);
        }
        line("");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Issue 21, point 4: the runtime tables under churn

    static final int CHURN_LIFECYCLES = Integer.getInteger("bench.churnLifecycles", 1000);
    /** Sizes are also read after each of this many equal parts of the churn: a runtime table that stays lean levels off. */
    static final int CHURN_CHECKPOINTS = Integer.getInteger("bench.churnCheckpoints", 5);
    /** true: RESET the per-table settings of V27__HotTablesAutovacuum first (PostgreSQL's defaults), for the comparison. */
    static final boolean AUTOVACUUM_DEFAULTS = Boolean.getBoolean("bench.autovacuumDefaults");
    static final List<String> CHURNED_TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable",
            "act_ru_authorization", "act_ru_event_subscr", "act_ru_job", "act_ge_bytearray", "audit_chain", "nomination_code_counter",
            // Camunda's metrics: the task metrics grow with every assignment until their time to live (application.yaml)
            "act_ru_task_meter_log", "act_ru_meter_log",
            "notification_outbox", "notification_task_arrival", "nomination", "nomination_step", "nomination_search", "council_round",
            // not churned but kept: the record that grows with every lifecycle, for sizing the disk
            "audit_event", "act_hi_actinst", "act_hi_detail", "act_hi_varinst", "act_hi_taskinst", "act_hi_dec_in", "act_hi_dec_out",
            "act_hi_op_log");

    /** Stops the churn after the part that passes this many minutes (0: all parts), so a long churn fits a sitting. */
    static final int CHURN_MINUTES = Integer.getInteger("bench.churnMinutes", 0);

    long nominations() {
        return jdbc.queryForObject("select count(*) from nomination", Long.class);
    }

    static Path checkpointFile() {
        return Path.of(BenchPostgres.DATA_DIRECTORY + "-checkpoints.tsv");
    }

    /** With a kept data directory, each part's sizes go to a file beside it, so runs over several sittings read as one. */
    void appendCheckpoint(long nominations, long seconds, Map<String, long[]> sizes) throws IOException {
        if (!BenchPostgres.keptBetweenRuns()) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        if (!Files.exists(checkpointFile())) {
            rows.append("time\tnominations\tseconds_of_run\tload\ttable\ttotal_bytes\theap_bytes\tindex_bytes\tlive\tdead\tautovacuums\n");
        }
        String time = Instant.now().toString();
        String load = loadAverage().split(" ")[0];
        long database = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        rows.append(String.join("\t", time, Long.toString(nominations), Long.toString(seconds), load, "(database)", Long.toString(database),
                "", "", "", "", "")).append('\n');
        for (Map.Entry<String, long[]> e : sizes.entrySet()) {
            long[] v = e.getValue();
            rows.append(String.join("\t", time, Long.toString(nominations), Long.toString(seconds), load, e.getKey(), Long.toString(v[2]),
                    Long.toString(v[0]), Long.toString(v[1]), Long.toString(v[3]), Long.toString(v[4]), Long.toString(v[5]))).append('\n');
        }
        Files.writeString(checkpointFile(), rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    Map<String, long[]> tableSizes() {
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (String t : CHURNED_TABLES) {
            List<long[]> row = jdbc.query("select pg_relation_size(c.oid), pg_indexes_size(c.oid), pg_total_relation_size(c.oid), "
                    + "coalesce(s.n_live_tup, 0), coalesce(s.n_dead_tup, 0), coalesce(s.autovacuum_count, 0) "
                    + "from pg_class c left join pg_stat_user_tables s on s.relid = c.oid where c.relname = ? and c.relkind = 'r'",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}, t);
            if (!row.isEmpty()) {
                sizes.put(t, row.get(0));
            }
        }
        return sizes;
    }

    @Test
    @Order(7)
    void runtimeTablesUnderChurn() throws Exception {
        if (AUTOVACUUM_DEFAULTS) {
            for (String t : CHURNED_TABLES) {
                jdbc.execute("ALTER TABLE " + t + " RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, "
                        + "autovacuum_analyze_scale_factor, autovacuum_analyze_threshold, autovacuum_vacuum_cost_delay, fillfactor)");
            }
        }
        List<String> options = jdbc.query("select relname || ': ' || array_to_string(reloptions, ', ') from pg_class where reloptions is not null "
                + "and relname = any(?) order by relname", (rs, i) -> rs.getString(1), (Object) CHURNED_TABLES.toArray(String[]::new));
        line("## 6. Runtime tables under churn: " + CHURN_LIFECYCLES + " lifecycles of ours on 2 threads");
        line("");
        line("Per-table settings: " + (options.isEmpty() ? "none (PostgreSQL's defaults)" : String.join("; ", options))
                + ". Server: autovacuum_naptime = " + show("autovacuum_naptime") + ". Load average at start: " + loadAverage() + ".");
        line("");
        throughput(2, 10, this::ourLifecycle); // the first-use costs, before the sizes are read
        Map<String, long[]> before = tableSizes();
        long nominationsBefore = nominations();
        if (BenchPostgres.keptBetweenRuns()) {
            line("Data directory kept between runs (`" + BenchPostgres.DATA_DIRECTORY + "`): this run goes on from " + String.format(Locale.ROOT,
                    "%,d", nominationsBefore) + " nominations (one per lifecycle of the churns before, plus the seeds); every part is also "
                    + "appended to `" + checkpointFile() + "`.");
            line("");
        }
        long t0 = System.nanoTime();
        List<Map<String, long[]>> checkpoints = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        List<Long> inDatabase = new ArrayList<>();
        int perPart = Math.max(1, CHURN_LIFECYCLES / 2 / CHURN_CHECKPOINTS);
        for (int part = 0; part < CHURN_CHECKPOINTS; part++) {
            throughput(2, perPart, this::ourLifecycle);
            Map<String, long[]> sizes = tableSizes();
            checkpoints.add(sizes);
            done.add((part + 1) * perPart * 2);
            inDatabase.add(nominations());
            long elapsed = (System.nanoTime() - t0) / 1_000_000_000;
            System.out.println("churn: " + done.get(done.size() - 1) + " lifecycles, " + elapsed + " s, " + inDatabase.get(part) + " nominations in the database");
            appendCheckpoint(inDatabase.get(part), elapsed, sizes);
            if (CHURN_MINUTES > 0 && elapsed >= CHURN_MINUTES * 60L) {
                System.out.println("churn: stopped after " + (part + 1) + " of " + CHURN_CHECKPOINTS + " parts (bench.churnMinutes=" + CHURN_MINUTES + ")");
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, long[]> after = checkpoints.get(checkpoints.size() - 1);
        // One more naptime: what autovacuum does with the last dead rows once the work stops.
        Thread.sleep(70_000);
        Map<String, long[]> settled = tableSizes();
        line(String.format(Locale.ROOT, "%d lifecycles in %.0f s. Sizes in kB (heap + indexes = total); rows live/dead as pg_stat_user_tables counts them; "
                + "vacuums = autovacuum runs during the measurement. Load average at the end: %s.", done.get(done.size() - 1), seconds, loadAverage()));
        line("");
        line("| Table | before: total kB (heap + idx) | after: total kB (heap + idx) | live / dead after | autovacuums | 70 s later: total kB, dead |");
        line("|---|---|---|---|---|---|");
        long sumBefore = 0;
        long sumAfter = 0;
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = before.get(e.getKey());
            long[] a = e.getValue();
            long[] z = settled.get(e.getKey());
            sumBefore += b[2];
            sumAfter += a[2];
            line(String.format(Locale.ROOT, "| %s | %,d (%,d + %,d) | %,d (%,d + %,d) | %,d / %,d | %d | %,d, %,d |", e.getKey(), b[2] / 1024, b[0] / 1024,
                    b[1] / 1024, a[2] / 1024, a[0] / 1024, a[1] / 1024, a[3], a[4], a[5] - b[5], z[2] / 1024, z[4]));
        }
        line(String.format(Locale.ROOT, "| **all of these** | %,d | %,d | | | |", sumBefore / 1024, sumAfter / 1024));
        line("");
        line("Total kB (heap + indexes) and live rows after each part of the churn, headed by the lifecycles of this run (and the "
                + "nominations in the database): a table that stays lean levels off; one that keeps a record of each dossier grows with them.");
        line("");
        StringBuilder header = new StringBuilder("| Table | before (" + String.format(Locale.ROOT, "%,d", nominationsBefore) + " nominations) |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int i = 0; i < done.size(); i++) {
            header.append(' ').append(String.format(Locale.ROOT, "%,d (%,d)", done.get(i), inDatabase.get(i))).append(" |");
            rule.append("---|");
        }
        line(header.toString());
        line(rule.toString());
        for (String t : after.keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d kB, %,d |", t, before.get(t)[2] / 1024, before.get(t)[3]));
            for (Map<String, long[]> c : checkpoints) {
                row.append(String.format(Locale.ROOT, " %,d kB, %,d |", c.get(t)[2] / 1024, c.get(t)[3]));
            }
            line(row.toString());
        }
        line("");
        System.out.println("churn: " + (sumAfter - sumBefore) / 1024 + " kB growth over " + done.get(done.size() - 1) + " lifecycles");
    }

    // ------------------------------------------------------------------------------------------------------------

    void line(String text) {
        report.append(text).append('\n');
    }

    @AfterAll
    void writeReport() throws IOException {
        String text = report.toString();
        System.out.println("\n" + text);
        Path out = Path.of("target", "bench-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
