package vn.khenthuong.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.engine.UserTaskCreateListeners;

/**
 * Adds {@link ClearPreviousAnswersListener} and {@link ApproveWordingListener} to the user tasks of the nomination process at parse time, so it does not
 * depend on each diagram declaring it (the route is rewritten often). Tasklist's presentation listener is added the
 * same way by {@code workflow.tasklist.TaskPresentationPlugin}.
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final ClearPreviousAnswersListener clearAnswers;
    private final ApproveWordingListener approveWording;

    UserTaskListenersPlugin(ClearPreviousAnswersListener clearAnswers, ApproveWordingListener approveWording) {
        this.clearAnswers = clearAnswers;
        this.approveWording = approveWording;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, clearAnswers);
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, approveWording);
    }
}
