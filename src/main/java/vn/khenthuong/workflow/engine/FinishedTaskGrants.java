package vn.khenthuong.workflow.engine;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the per-task history grants of a process instance when it ends (issue 21 point 4), in the transaction that
 * ends it.
 * <p>
 * Why: with {@code enable-historic-instance-permissions} the engine gives each candidate group and assignee of a task
 * READ on that task's history (resource HISTORIC_TASK), so that Tasklist's comments and "Lịch sử" tab work on an open
 * task. The engine deletes a task's runtime grant with the task, but keeps these until the history's removal time, and
 * an awarded nomination's history has none (kept forever, {@code workflow.HistoryRetentionPlugin}): about 12 rows per
 * finished nomination, over a million after 100,000, in the table every Tasklist query and every task creation reads.
 * Once the instance has ended nothing of ours reads them: Tasklist shows open tasks only; the dossier page and the
 * audit trail read the history as the system after their own checks; the auditor and the administrator hold READ on
 * every task's history ('*'). While the instance runs they stay, so an official still reads the history of his earlier
 * steps of a running dossier. A grant an administrator gives on one task's history by hand carries the instance too
 * and goes with it; a lasting grant is given on '*' or through a group.
 * <p>
 * The delete runs just before commit (after the engine has flushed the grants it inserted in the same transaction),
 * one statement by the root instance, which the engine indexes (ACT_IDX_AUTH_ROOT_PI). A called instance's end leaves
 * them to its root's.
 */
@Component
class FinishedTaskGrants extends AbstractProcessEnginePlugin {

    static final String DELETE = "delete from ACT_RU_AUTHORIZATION where ROOT_PROC_INST_ID_ = ? and RESOURCE_TYPE_ = "
            + Resources.HISTORIC_TASK.resourceType();

    private final JdbcTemplate jdbc;

    FinishedTaskGrants(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandlers.append(configuration, new OnRootEnd(configuration));
    }

    final class OnRootEnd implements HistoryEventHandler {
        private final ProcessEngineConfigurationImpl configuration;

        OnRootEnd(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity instance
                    && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())
                    && instance.getProcessInstanceId() != null
                    && instance.getProcessInstanceId().equals(instance.getRootProcessInstanceId())
                    && configuration.isEnableHistoricInstancePermissions()) {
                CommandContext context = Context.getCommandContext();
                String root = instance.getRootProcessInstanceId();
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, c -> jdbc.update(DELETE, root));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
