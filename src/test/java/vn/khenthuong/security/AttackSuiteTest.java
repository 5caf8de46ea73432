package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.security.AttackRows.Row;
import vn.khenthuong.security.Fixtures.Stage;

/**
 * Issue 13's attack suite on H2: every row of {@link AttackRows} over real HTTP, each attempt refused with its
 * expected status and leaving nothing behind ({@link Snapshot}); then the control rows succeed; then the login
 * throttle. One Spring context of its own (job executor off, so only the attempts touch jobs); fixtures built once.
 * {@code -Dattack.only=regex} runs the rows whose description matches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "khenthuong.test.suite=attack"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteTest {

    static final String PASSWORDLESS = "xa.khongmatkhau";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    AttackHttp http;
    Fixtures fixtures;
    AttackRows.Context context;
    List<String> ourTables;
    Snapshot baseline;
    String cleanupJobId;
    Set<String> deploymentsAtStart;

    final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    final List<String> gotThrough = Collections.synchronizedList(new ArrayList<>());
    final List<String> wrongRefusal = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final List<String> controlFailures = Collections.synchronizedList(new ArrayList<>());
    int controlsRun;
    long started;

    @BeforeAll
    void buildFixtures() {
        started = System.nanoTime();
        http = new AttackHttp(port);
        fixtures = new Fixtures(http, taskService, runtimeService, jdbc);
        ourTables = Snapshot.ourTables(dataSource);
        // An account that exists without a password, as the sample dossiers' stand-in filers once did.
        if (identityService.createUserQuery().userId(PASSWORDLESS).count() == 0) {
            User u = identityService.newUser(PASSWORDLESS);
            u.setFirstName("Không");
            u.setLastName("Mật Khẩu");
            identityService.saveUser(u);
        }
        cleanupJobId = cleanupJob();
        deploymentsAtStart = Set.copyOf(repositoryService.createDeploymentQuery().list().stream().map(d -> d.getId()).toList());
        fixtures.buildAll();
        context = new AttackRows.Context(http, fixtures, () -> cleanupJobId, PASSWORDLESS);
        baseline = Snapshot.take(jdbc, ourTables);
        System.out.printf("attack suite: fixtures built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private String cleanupJob() {
        List<Job> jobs = historyService.findHistoryCleanupJobs();
        if (jobs.isEmpty()) {
            return historyService.cleanUpHistoryAsync().getId();
        }
        return jobs.get(0).getId();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyAttemptIsRefusedAndLeavesNothingBehind() {
        String only = System.getProperty("attack.only");
        return AttackRows.attacks().stream()
                .filter(r -> only == null || r.toString().matches("(?s).*(" + only + ").*"))
                .map(r -> DynamicTest.dynamicTest(r.toString(), () -> attack(r)));
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> theRightUserDoingTheRightThingSucceeds() {
        String only = System.getProperty("attack.only");
        return AttackRows.controls(jdbc, taskService).stream()
                .filter(r -> only == null || r.toString().matches("(?s).*(" + only + ").*"))
                .map(r -> DynamicTest.dynamicTest(r.toString(), () -> control(r)));
    }

    void attack(Row row) {
        prepare(row);
        AttackHttp.Response response;
        try {
            response = row.send().apply(context);
        } catch (RuntimeException e) {
            errors.add(row + " → " + e);
            throw e;
        }
        Snapshot after = Snapshot.take(jdbc, ourTables);
        List<String> left = after.differencesFrom(baseline, row.tolerated());
        int status = response.status();
        String verdict;
        if (status >= 500) {
            verdict = "ERROR";
        } else if (!left.isEmpty()) {
            verdict = "GOT_THROUGH";
        } else if (response.ok()) {
            verdict = row.expect().harmlessSuccessAllowed() ? "REFUSED" : "GOT_THROUGH";
        } else if (!row.expect().statuses().contains(status)) {
            verdict = "WRONG_REFUSAL";
        } else if (row.expect().fragment() != null && !response.body().contains(row.expect().fragment())) {
            verdict = "WRONG_REFUSAL";
        } else {
            verdict = "REFUSED";
        }
        String line = row + " → " + status + " " + response.excerpt() + (left.isEmpty() ? "" : " | left behind: " + left);
        switch (verdict) {
            case "REFUSED" -> refused.add(row.id());
            case "GOT_THROUGH" -> gotThrough.add(line);
            case "WRONG_REFUSAL" -> wrongRefusal.add(line + " (expected " + row.expect().statuses() + ")");
            default -> errors.add(line);
        }
        if (!left.isEmpty()) {
            repair(row, after);
        } else {
            baseline = after; // what the row was allowed to leave (a DELETION_ATTEMPTED event) is not the next row's doing
        }
        assertThat(verdict).as(line).isEqualTo("REFUSED");
    }

    void control(Row row) {
        prepare(row);
        controlsRun++;
        AttackHttp.Response response = row.send().apply(context);
        boolean ok = row.expect().statuses().contains(response.status());
        boolean holds = ok && row.expect().holds().test(context);
        if (!holds) {
            controlFailures.add(row + " → " + response.status() + " " + response.excerpt());
        }
        assertThat(holds).as(row + " → " + response.status() + " " + response.excerpt()).isTrue();
    }

    /** Brings the row's nomination (again, if an earlier attempt spoiled it) and takes the baseline after that. */
    private void prepare(Row row) {
        int before = fixtures.rebuilt + fixtures.builds;
        if (row.stage() != null) {
            fixtures.at(row.stage());
        }
        if (fixtures.rebuilt + fixtures.builds != before) {
            baseline = Snapshot.take(jdbc, ourTables);
        }
    }

    /** An attempt that changed something: put back what later rows rely on, so each row is judged on its own. */
    private void repair(Row row, Snapshot after) {
        if (row.stage() != null) {
            fixtures.spoil(row.stage());
        }
        boolean engineChanged = after.changed(baseline, "engine:executions") || after.changed(baseline, "engine:variables")
                || after.changed(baseline, "engine:tasks");
        for (Stage s : Stage.values()) {
            String instance = fixtures.instanceIfBuilt(s);
            if (instance != null && ((row.stage() == null && engineChanged)
                    || runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count() == 0)) {
                fixtures.spoil(s);
            }
        }
        if (after.changed(baseline, "engine:processDefinitions")) {
            repositoryService.activateProcessDefinitionByKey("nomination", true, null);
        }
        if (after.changed(baseline, "identity:users")) {
            for (User u : identityService.createUserQuery().list()) {
                if (!u.getId().equals(PASSWORDLESS)) {
                    u.setPassword(AttackHttp.PASSWORD);
                    identityService.saveUser(u);
                }
            }
            http.forgetSessions();
        }
        if (after.changed(baseline, "engine:jobs")) {
            engineConfiguration.getManagementService().createJobQuery().jobId(cleanupJobId).list()
                    .forEach(j -> engineConfiguration.getManagementService().deleteJob(j.getId()));
            cleanupJobId = cleanupJob();
        }
        repositoryService.createDeploymentQuery().list().stream().filter(d -> !deploymentsAtStart.contains(d.getId()))
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
        baseline = Snapshot.take(jdbc, ourTables);
    }

    /**
     * Failed sign-ins slow an attacker (429) but never lock the account for good: after a dozen wrong passwords the
     * engine's own permanent lock is not reached, and the throttle says when to come back. Runs last: the throttle
     * may also count the client address.
     */
    @Test
    @Order(3)
    void wrongPasswordsAreThrottledNeverAPermanentLock() {
        String victim = "hd.thanuyen.4";
        List<Integer> statuses = new ArrayList<>();
        AttackHttp.Response last = null;
        for (int i = 0; i < 12; i++) {
            last = http.withPassword(victim, "sai-" + i, "GET", "/engine-rest/task");
            statuses.add(last.status());
        }
        assertThat(statuses).as("wrong passwords").allMatch(s -> s == 401 || s == 429);
        assertThat(statuses).as("the throttle answers 429").contains(429);
        Integer attempts = jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, victim);
        assertThat(attempts == null ? 0 : attempts).as("failed attempts the engine counts towards its permanent lock")
                .isLessThan(engineConfiguration.getLoginMaxAttempts());
        last.headers().firstValue("Retry-After").ifPresent(after -> assertThat(Long.parseLong(after.trim())).isBetween(1L, 3600L));
    }

    @AfterAll
    void summary() {
        int attempts = refused.size() + gotThrough.size() + wrongRefusal.size() + errors.size();
        StringBuilder report = new StringBuilder();
        gotThrough.forEach(l -> report.append("  GOT THROUGH   ").append(l).append('\n'));
        wrongRefusal.forEach(l -> report.append("  WRONG REFUSAL ").append(l).append('\n'));
        errors.forEach(l -> report.append("  ERROR         ").append(l).append('\n'));
        controlFailures.forEach(l -> report.append("  CONTROL FAILED ").append(l).append('\n'));
        System.out.print(report);
        System.out.printf("attack suite: %d attempts, %d refused, %d got through (of the refused, %d with another status than expected; "
                        + "%d errors); %d controls, %d failed; %d fixture rebuilds; %d s%n",
                attempts, refused.size() + wrongRefusal.size(), gotThrough.size(), wrongRefusal.size(), errors.size(), controlsRun, controlFailures.size(),
                fixtures.rebuilt, (System.nanoTime() - started) / 1_000_000_000);
    }
}
