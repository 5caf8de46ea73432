package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.LAST_STEP_ORDER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A dossier (re)prepared by its commune starts its route again from the first step (complete event of
 * prepareDossier). A listener rather than an output mapping, which would make the task a scope of its own: one
 * more execution written and removed for every nomination (BENCHMARKS.md).
 */
@Component("restartRouteListener")
class RestartRouteListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(LAST_STEP_ORDER, 0);
    }
}
