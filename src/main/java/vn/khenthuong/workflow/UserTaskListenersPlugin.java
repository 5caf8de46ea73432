package vn.khenthuong.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ClearPreviousAnswersListener} to the user tasks of the nomination process at parse time, so it does not
 * depend on each diagram declaring it (the route is rewritten often). Tasklist's presentation listener is added the
 * same way by {@code workflow.tasklist.TaskPresentationPlugin}.
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final ClearPreviousAnswersListener clearAnswers;

    UserTaskListenersPlugin(ClearPreviousAnswersListener clearAnswers) {
        this.clearAnswers = clearAnswers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity process
                            && NominationProcess.PROCESS_KEY.equals(process.getKey())) {
                        userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, clearAnswers);
                    }
                }
            }
        });
    }
}
