package vn.khenthuong.workflow;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.khenthuong.audit.ProcessMigrated;
import vn.khenthuong.audit.Retention;
import vn.khenthuong.workflow.engine.HistoryEventHandlers;

/**
 * History retention and migrations for the audit trail. With the removal-time strategy "end" (application.yaml)
 * the engine asks for a removal time when a nomination ends: none (kept forever) when it led to an award,
 * otherwise end time + the definition's time to live. Process version migrations are written into our audit
 * chain per instance, because the user operation log records them per definition only.
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    private final Retention retention;
    private final ApplicationEventPublisher events;

    HistoryRetentionPlugin(Retention retention, ApplicationEventPublisher events) {
        this.retention = retention;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryRemovalTimeProvider(new KeepAwardTrails(retention));
        HistoryEventHandlers.append(configuration, new MigrationAudit(events));
    }

    static final class KeepAwardTrails extends DefaultHistoryRemovalTimeProvider {
        private final Retention retention;

        KeepAwardTrails(Retention retention) {
            this.retention = retention;
        }

        @Override
        public Date calculateRemovalTime(HistoricProcessInstanceEventEntity instance, ProcessDefinition definition) {
            if (NominationProcess.PROCESS_KEY.equals(definition.getKey()) && retention.keepHistoryForever(instance.getBusinessKey())) {
                return null;
            }
            return super.calculateRemovalTime(instance, definition);
        }
    }

    static final class MigrationAudit implements HistoryEventHandler {
        private final ApplicationEventPublisher events;

        MigrationAudit(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity pi
                    && HistoryEventTypes.PROCESS_INSTANCE_MIGRATE.getEventName().equals(event.getEventType())
                    && pi.getBusinessKey() != null) {
                String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
                if (user == null) {
                    user = batchCreator();
                }
                events.publishEvent(new ProcessMigrated(pi.getBusinessKey(), user, pi.getProcessInstanceId(), pi.getProcessDefinitionId(),
                        pi.getProcessDefinitionVersion()));
            }
        }

        /**
         * A migration batch's jobs run in the job executor with nobody signed in: the actor is then the administrator who
         * created the batch (its job definition's configuration is the batch id).
         */
        private static String batchCreator() {
            JobExecutorContext jobs = Context.getJobExecutorContext();
            JobEntity job = jobs == null ? null : jobs.getCurrentJob();
            if (job == null || job.getJobDefinitionId() == null || Context.getCommandContext() == null) {
                return null;
            }
            JobDefinitionEntity definition = Context.getCommandContext().getJobDefinitionManager().findById(job.getJobDefinitionId());
            if (definition == null || definition.getJobConfiguration() == null) {
                return null;
            }
            BatchEntity batch = Context.getCommandContext().getBatchManager().findBatchById(definition.getJobConfiguration());
            return batch == null ? null : batch.getCreateUserId();
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
