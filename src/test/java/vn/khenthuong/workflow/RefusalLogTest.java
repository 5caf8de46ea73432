package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/**
 * An official's refused answer is a user error, not a failure: the engine's ENGINE-16004 entry for it (a refusal of
 * our task listener reaches the command context wrapped, so the engine would log it at ERROR with its stack trace) is
 * one INFO line instead. A real failure of a command is still logged at ERROR with its trace.
 */
@SpringBootTest
@ActiveProfiles("test")
class RefusalLogTest {

    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    @Autowired NominationWorkflow workflow;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired ProcessEngineConfigurationImpl engine;

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    final List<Logger> watched = List.of((Logger) LoggerFactory.getLogger(ENGINE_CONTEXT),
            (Logger) LoggerFactory.getLogger("vn.khenthuong.workflow.engine.RefusalLogFilter"));
    ProcessDriver driver;

    @BeforeEach
    void capture() {
        driver = new ProcessDriver(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        captured.start();
        watched.forEach(l -> l.addAppender(captured));
    }

    @AfterEach
    void release() {
        watched.forEach(l -> l.detachAppender(captured));
    }

    List<ILoggingEvent> at(String logger, Level level) {
        return captured.list.stream().filter(e -> e.getLoggerName().equals(logger) && e.getLevel() == level).toList();
    }

    @Test
    void aListenersRefusalIsOneInfoLineNotAnErrorWithATrace() {
        String code = driver.start("BK_TINH");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        captured.list.clear();
        Map<String, Object> noComment = new HashMap<>();
        noComment.put(NominationProcess.OUTCOME, "reject");
        // Rejecting without a reason: RecordOutcomeListener refuses it (BadUserRequestException, wrapped by the engine).
        assertThatThrownBy(() -> driver.complete("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, noComment))
                .isInstanceOf(ProcessEngineException.class).isNotInstanceOf(BadUserRequestException.class)
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(workflow.currentSteps(code)).containsExactly(NominationProcess.COMMUNE_REVIEW);

        assertThat(at(ENGINE_CONTEXT, Level.ERROR)).as("no ENGINE-16004 error for a refusal").isEmpty();
        List<ILoggingEvent> lines = at("vn.khenthuong.workflow.engine.RefusalLogFilter", Level.INFO);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getFormattedMessage()).contains("ENGINE-16004", "BadUserRequestException");
        assertThat(lines.get(0).getThrowableProxy()).as("no stack trace").isNull();
    }

    @Test
    void aRealFailureIsStillAnErrorWithItsTrace() {
        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
            throw new IllegalStateException("sự cố kiểm thử / test failure");
        })).isInstanceOf(IllegalStateException.class);

        List<ILoggingEvent> errors = at(ENGINE_CONTEXT, Level.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains("ENGINE-16004");
        assertThat(errors.get(0).getThrowableProxy()).isNotNull();
        assertThat(errors.get(0).getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        assertThat(at("vn.khenthuong.workflow.engine.RefusalLogFilter", Level.INFO)).isEmpty();
    }
}
