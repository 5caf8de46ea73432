package vn.khenthuong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21, point 4: ACT_RU_TASK_METER_LOG is a runtime table that grows with every task assignment, and Camunda keeps
 * its rows forever unless they have a time to live. With ours (application.yaml, 540 days) the history cleanup job
 * removes the rows past it and keeps the recent ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskMetricsRetentionTest {

    @Autowired ProcessEngineConfigurationImpl configuration;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;

    String meterRow(Duration age) {
        String id = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO ACT_RU_TASK_METER_LOG (ID_, ASSIGNEE_HASH_, TIMESTAMP_) VALUES (?, ?, ?)", id, 42L,
                Timestamp.from(Instant.now().minus(age)));
        return id;
    }

    boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK_METER_LOG WHERE ID_ = ?", Integer.class, id) == 1;
    }

    @Test
    void theHistoryCleanupRemovesTaskMetricsPastTheirTimeToLiveAndKeepsTheRecentOnes() {
        assertThat(configuration.getParsedTaskMetricsTimeToLive()).isEqualTo(540);
        String old = meterRow(Duration.ofDays(541));
        String recent = meterRow(Duration.ofDays(539));
        try {
            String job = historyService.cleanUpHistoryAsync(true).getId();
            // Inside the nightly window (22:00–05:00) the job executor may run the same job at the same moment; one of
            // the two runs then loses on the job's version, and a run that started before the rows were there misses
            // them. Either way the next run removes them.
            for (int run = 0; run < 3 && exists(old); run++) {
                try {
                    managementService.executeJob(job);
                } catch (OptimisticLockingException concurrentRun) {
                    // the job executor's run of the same job; check its result
                }
            }

            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
        } finally {
            jdbc.update("DELETE FROM ACT_RU_TASK_METER_LOG WHERE ID_ IN (?, ?)", old, recent);
        }
    }
}
