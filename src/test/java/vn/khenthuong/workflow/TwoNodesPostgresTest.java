package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.khenthuong.KhenThuongApplication;
import vn.khenthuong.testsupport.EmbeddedPostgresServer;
import vn.khenthuong.testsupport.PostgresInitializer;

/**
 * Several nodes, one database (issue 20, point 3): two application nodes started at the same instant on one EMPTY
 * PostgreSQL both start (Flyway, the engine's schema, identity, filters and the demo seeds set up once, under the
 * start-up lock); a browser session signed in on one node is served by the other (our /api, Tasklist's engine API with
 * Camunda's own CSRF token), and the other does not hand out a cookie of its own; timers run exactly once between the
 * two job executors.
 */
class TwoNodesPostgresTest {

    static final int TIMERS = 30;
    static final String TIMER_PROCESS = "twoNodesTimer";

    /** Each run of the timer's follow-up, by node (the engine that ran it) and by process instance. */
    public static class CountRuns implements JavaDelegate {
        static final Map<String, AtomicInteger> BY_INSTANCE = new ConcurrentHashMap<>();
        static final Map<Integer, AtomicInteger> BY_NODE = new ConcurrentHashMap<>();

        @Override
        public void execute(DelegateExecution execution) {
            BY_INSTANCE.computeIfAbsent(execution.getProcessInstanceId(), k -> new AtomicInteger()).incrementAndGet();
            BY_NODE.computeIfAbsent(System.identityHashCode(execution.getProcessEngine()), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    static long startMillis;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        EmbeddedPostgresServer server = PostgresInitializer.server();
        String url = server.createDatabase("kt_nodes_" + UUID.randomUUID().toString().replace("-", ""));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starting.add(pool.submit(() -> {
                    start.await();
                    return new SpringApplicationBuilder(KhenThuongApplication.class)
                            .profiles("test")
                            .initializers(context -> server.use(context, url))
                            // Arguments, not default properties: the test profile turns the sample dossiers off.
                            .run("--server.port=0", "--khenthuong.seeds.sample-dossiers=true");
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<ConfigurableApplicationContext> node : starting) {
                nodes.add(node.get(10, TimeUnit.MINUTES)); // a node that fails to start fails the test here
            }
            startMillis = (System.nanoTime() - t0) / 1_000_000;
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    static <T> T bean(int node, Class<T> type) {
        return nodes.get(node).getBean(type);
    }

    static String origin(int node) {
        return "http://localhost:" + ((WebServerApplicationContext) nodes.get(node)).getWebServer().getPort();
    }

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)").matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    @Test
    void bothNodesStartedTogetherOnAnEmptyDatabaseAndSetItUpOnce() {
        System.out.printf("Two nodes started together on an empty PostgreSQL: both up in %d ms%n", startMillis);
        assertThat(nodes).hasSize(2);
        JdbcTemplate jdbc = bean(0, JdbcTemplate.class);
        // Set up once: one authorization per group and resource (Camunda refuses duplicates with a unique key, which is
        // what failed before), one default filter, each sample dossier seeded once.
        assertThat(jdbc.queryForObject("select count(*) from (select group_id_, resource_type_, resource_id_ from act_ru_authorization "
                + "where group_id_ is not null group by group_id_, resource_type_, resource_id_ having count(*) > 1) d", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_filter where name_ = 'Tất cả nhiệm vụ'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ = 'sampleDossier'", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(distinct text_) from act_hi_varinst where name_ = 'sampleDossier'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(distinct name_) from act_re_deployment", Integer.class));
        // Both nodes see the same engine and are ready.
        for (int node = 0; node < 2; node++) {
            assertThat(bean(node, RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY).count())
                    .isPositive();
        }
    }

    @Test
    void aSessionSignedInOnOneNodeIsServedByTheOther() throws Exception {
        // Sign in on node 0 through the login page.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(origin(0) + "/login")).GET());
        String csrf = cookie(page, "KT-XSRF-TOKEN");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(origin(0) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "KT-XSRF-TOKEN=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=xa.pusamcap&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = cookie(login, "JSESSIONID");
        assertThat(session).isNotBlank();

        // Our API on node 1 knows the user, and node 1 hands out no session cookie of its own.
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(origin(1) + "/api/me/notifications")).header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(me.statusCode()).as(me::body).isEqualTo(200);
        assertThat(me.body()).contains("xa.pusamcap");
        assertThat(cookie(me, "JSESSIONID")).isNull();

        // Tasklist opened on node 1: Camunda's webapp authentication and CSRF token go into the shared session...
        HttpResponse<String> tasklist = send(HttpRequest.newBuilder(URI.create(origin(1) + "/camunda/app/tasklist/default/"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(cookie(tasklist, "JSESSIONID")).isNull();
        String camundaCsrf = cookie(tasklist, "XSRF-TOKEN");
        assertThat(camundaCsrf).isNotBlank();
        String cookies = "JSESSIONID=" + session + "; XSRF-TOKEN=" + camundaCsrf;

        // ...and node 0 serves Tasklist's engine API with them: a read, and a POST Camunda's CSRF filter checks
        // against the token held in the session (the origin is the load balancer's, the same for both nodes).
        HttpResponse<String> user = send(HttpRequest.newBuilder(URI.create(origin(0) + "/camunda/api/admin/auth/user/default"))
                .header("Cookie", cookies).GET());
        assertThat(user.statusCode()).as(user::body).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"xa.pusamcap\"");
        HttpResponse<String> count = send(HttpRequest.newBuilder(URI.create(origin(0) + "/camunda/api/engine/engine/default/task/count"))
                .header("Cookie", cookies).GET());
        assertThat(count.statusCode()).as(count::body).isEqualTo(200);
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(origin(0) + "/camunda/api/engine/engine/default/task"))
                .header("Cookie", cookies).header("X-XSRF-TOKEN", camundaCsrf).header("Origin", origin(0))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(query.statusCode()).as(query::body).isEqualTo(200);
        assertThat(cookie(query, "JSESSIONID")).isNull();

        // A forged POST without the session's Camunda token is still refused on either node.
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(origin(1) + "/camunda/api/engine/engine/default/task"))
                .header("Cookie", cookies).header("X-XSRF-TOKEN", "forged").header("Origin", origin(1))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(forged.statusCode()).isEqualTo(403);

        // Signing out on node 1 ends the session on node 0 too.
        HttpResponse<String> page1 = send(HttpRequest.newBuilder(URI.create(origin(1) + "/login")).header("Cookie", "JSESSIONID=" + session).GET());
        String csrf1 = cookie(page1, "KT-XSRF-TOKEN");
        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(origin(1) + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session + "; KT-XSRF-TOKEN=" + csrf1)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf1, StandardCharsets.UTF_8))));
        assertThat(logout.statusCode()).isIn(204, 302);
        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(origin(0) + "/api/me/notifications")).header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(after.statusCode()).isEqualTo(401);
    }

    @Test
    void timersRunExactlyOnceBetweenTheTwoJobExecutors() throws Exception {
        RepositoryService repository = bean(0, RepositoryService.class);
        repository.createDeployment().name("two-nodes-timer").addModelInstance(TIMER_PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(TIMER_PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent().intermediateCatchEvent().timerWithDuration("PT1S")
                        .serviceTask().camundaClass(CountRuns.class.getName())
                        .endEvent().done()).deploy();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            instances.add(bean(i % 2, RuntimeService.class).startProcessInstanceByKey(TIMER_PROCESS).getId());
        }
        HistoryService history = bean(1, HistoryService.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline
                && history.createHistoricProcessInstanceQuery().processDefinitionKey(TIMER_PROCESS).finished().count() < TIMERS) {
            Thread.sleep(250);
        }
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(TIMER_PROCESS).finished().count()).isEqualTo(TIMERS);
        Thread.sleep(1000); // a second run, if any, would come now
        assertThat(instances).allSatisfy(id -> assertThat(CountRuns.BY_INSTANCE.get(id)).as(id).hasValue(1));
        assertThat(CountRuns.BY_NODE.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(TIMERS);
        System.out.printf("Two nodes, %d timers: each ran once; runs by node %s%n", TIMERS, CountRuns.BY_NODE.values());
    }
}
