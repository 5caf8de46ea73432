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
 * Adds our create listeners to user tasks at parse time, so they do not depend on each diagram declaring them (the
 * route is rewritten often): {@link TaskPresentationListener} to every user task of every deployed process, and
 * {@link ClearPreviousAnswersListener} to those of the nomination process.
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final TaskPresentationListener presentation;
    private final ClearPreviousAnswersListener clearAnswers;

    UserTaskListenersPlugin(TaskPresentationListener presentation, ClearPreviousAnswersListener clearAnswers) {
        this.presentation = presentation;
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
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, presentation);
                }
            }
        });
    }
}
