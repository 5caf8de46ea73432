package vn.khenthuong.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.engine.UserTaskCreateListeners;

/**
 * Adds {@link ClearPreviousAnswersListener}, {@link ApproveWordingListener} and {@link NotifyTaskArrivalListener} to the
 * user tasks of the nomination process at parse time, so it does not depend on each diagram declaring it (the route is rewritten often). Tasklist's presentation listener is added the
 * same way by {@code workflow.tasklist.TaskPresentationPlugin}.
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final ClearPreviousAnswersListener clearAnswers;
    private final ApproveWordingListener approveWording;
    private final NotifyTaskArrivalListener notifyArrival;

    UserTaskListenersPlugin(ClearPreviousAnswersListener clearAnswers, ApproveWordingListener approveWording, NotifyTaskArrivalListener notifyArrival) {
        this.clearAnswers = clearAnswers;
        this.approveWording = approveWording;
        this.notifyArrival = notifyArrival;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, clearAnswers);
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, approveWording);
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, notifyArrival);
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, TaskListener.EVENTNAME_COMPLETE, notifyArrival);
        UserTaskCreateListeners.add(configuration, NominationProcess.PROCESS_KEY::equals, TaskListener.EVENTNAME_DELETE, notifyArrival);
    }
}
