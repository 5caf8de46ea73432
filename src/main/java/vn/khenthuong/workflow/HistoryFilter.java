package vn.khenthuong.workflow;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.engine.HistoryEventHandlers;

/**
 * Keeps out of Camunda's history the rows that say nothing about a dossier, in front of the engine's own database
 * handler. Variables first, out of the variable history (ACT_HI_VARINST, ACT_HI_DETAIL):
 * the display copies of each task (nominee, award and unit in words, derived from the dossier we store and audit),
 * the input naming the step of a validation task, and the engine's counters of the council's ballot loop. Each
 * of their writes cost two history rows, and each removal a read and an update: a fifth of a nomination's history
 * writes. Their runtime values are unchanged, so Tasklist and the process behave as before; every other variable,
 * task and decision keeps its full history, and every activity but those below.
 * <p>
 * Nor does the dossier that Tasklist's start form sends field by field reach the history of a nomination: registerDossier
 * stores it in our tables and the audit chain and removes the fields, but their history rows would keep a copy of the
 * nominee's identity number, address and birth year beyond our retention rules (a filing through the API passes them
 * as one transient variable, which has no history at all). Only for the nomination process: an administrator's own
 * process may use these names for something else.
 * <p>
 * The nomination process's change rows (ACT_HI_DETAIL, one per write of a variable) are written for what a person did:
 * a write inside a user operation (an official's answer, an administrator's change), which is what the audit trail
 * shows. The writes the process makes as itself — the route's position after each step, the council's settings from
 * the threshold table, the facts copied at filing — have no user operation: nobody's trail can show them, their latest
 * value stays in ACT_HI_VARINST, and what they drove is in the activity and decision history, {@code nomination_step}
 * and the audit chain. They were two thirds of a nomination's change rows (about 38 of 53).
 * <p>
 * Nor are the activities a process only passes through ({@link PassThroughActivities}: gateways, a multi-instance
 * body, a plain start event) written to the activity history, in any process: the audit trail never showed them, what
 * they did is in the rows of the activities around them, and they were 20 of a nomination's 45 activity rows, each
 * with eleven indexes, the history table that grows most.
 */
@Component
public class HistoryFilter extends AbstractProcessEnginePlugin {

    public static final Set<String> WITHOUT_HISTORY = Set.of(NominationProcess.LIST_NOMINEE, NominationProcess.LIST_AWARD,
            NominationProcess.LIST_UNIT, NominationProcess.VALIDATION_STEP,
            "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine's own database handler, behind the filter instead of beside it.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        HistoryEventHandlers.prepend(configuration, new Filter(new ChangesByPeople()));
    }

    /** Camunda's database handler, writing the nomination process's change rows only for writes of a user operation. */
    static final class ChangesByPeople extends DbHistoryEventHandler {
        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return super.shouldWriteHistoricDetail(event)
                    && (event.getUserOperationId() != null || !NominationProcess.PROCESS_KEY.equals(event.getProcessDefinitionKey()));
        }
    }

    static final class Filter implements HistoryEventHandler {
        private final HistoryEventHandler database;

        Filter(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            boolean kept = true;
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                kept = !WITHOUT_HISTORY.contains(variable.getVariableName()) && !startFormField(variable, variable.getVariableName());
            } else if (event instanceof HistoricFormPropertyEventEntity field) {
                // A form submission also records each submitted field as a "form property" of the history.
                kept = !startFormField(field, field.getPropertyId());
            } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
                // Its start, end and updates alike, so an end never looks for a start row that was not written.
                kept = !PassThroughActivities.contains(activity.getActivityType());
            }
            if (kept) {
                database.handleEvent(event);
            }
        }

        private static boolean startFormField(HistoryEvent event, String name) {
            return NominationProcess.PROCESS_KEY.equals(event.getProcessDefinitionKey()) && DossierVariables.FORM_ONLY.contains(name);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
