package vn.khenthuong.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bench baseline's service tasks: the engine's cost of a step without our work. */
public class NoOpDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: see bench/bareNomination.bpmn
    }
}
