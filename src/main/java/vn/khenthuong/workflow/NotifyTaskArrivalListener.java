package vn.khenthuong.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import vn.khenthuong.notification.TaskArrival;
import vn.khenthuong.notification.TaskInbox;

/**
 * Tells the notifications who a new task of a nomination reached (its assignee, candidate users and groups, which
 * the engine has set before create listeners run), for their daily digest, and when it was completed or deleted
 * (a task done before the digest is not listed in it). Added at parse time by
 * {@link UserTaskListenersPlugin}, like {@link ClearPreviousAnswersListener}.
 */
@Component
class NotifyTaskArrivalListener implements TaskListener {

    /**
     * Looked up at the first task event, then kept: the plugin that adds this listener is built before the engine the
     * inbox needs, and resolving it through the bean factory at every task event cost more than the listener's work.
     */
    private final Supplier<TaskInbox> inbox;

    NotifyTaskArrivalListener(ObjectProvider<TaskInbox> inbox) {
        this.inbox = SingletonSupplier.of(inbox::getObject);
    }

    @Override
    public void notify(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            // Completed or deleted: no longer news for tomorrow's digest.
            inbox.get().closed(task.getId());
            return;
        }
        String code = task.getExecution().getProcessBusinessKey();
        if (code == null) {
            code = (String) task.getVariable(NominationProcess.NOMINATION_CODE);
        }
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        LocalDate due = task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneId.systemDefault());
        inbox.get().arrived(new TaskArrival(task.getId(), code, task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), users, groups, due));
    }
}
