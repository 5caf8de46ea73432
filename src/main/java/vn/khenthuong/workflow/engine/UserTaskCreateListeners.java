package vn.khenthuong.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a create listener to user tasks at parse time, so it does not depend on each diagram declaring it (diagrams
 * are rewritten often, also from Camunda Modeler). Call from a plugin's {@code preInit}.
 */
public final class UserTaskCreateListeners {

    /** {@code listener} on every user task of the processes whose key {@code processKeys} accepts. */
    public static void add(ProcessEngineConfigurationImpl configuration, Predicate<String> processKeys, TaskListener listener) {
        add(configuration, processKeys, TaskListener.EVENTNAME_CREATE, listener);
    }

    /** {@code listener} for {@code event} (create, complete, delete …) on every user task of the processes whose key {@code processKeys} accepts. */
    public static void add(ProcessEngineConfigurationImpl configuration, Predicate<String> processKeys, String event, TaskListener listener) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                        && activity.getProcessDefinition() instanceof ProcessDefinitionEntity process && processKeys.test(process.getKey())) {
                    userTask.getTaskDefinition().addTaskListener(event, listener);
                }
            }
        });
    }

    private UserTaskCreateListeners() {
    }
}
