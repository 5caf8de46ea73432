package vn.khenthuong.workflow.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.engine.UserTaskCreateListeners;

/**
 * Adds {@link TaskPresentationListener} to every user task of every deployed process at parse time, so the Tasklist
 * names and list columns do not depend on each diagram declaring it.
 */
@Component
class TaskPresentationPlugin extends AbstractProcessEnginePlugin {

    private final TaskPresentationListener presentation;

    TaskPresentationPlugin(TaskPresentationListener presentation) {
        this.presentation = presentation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.add(configuration, key -> true, presentation);
    }
}
