package vn.khenthuong.workflow.engine;

import java.util.Set;

/**
 * A delegate that evaluates a decision table itself (rather than through the engine's {@code decisionRef}) says which
 * table and which inputs it hands it, so that a deployment check can refuse a diagram whose task uses a table that is
 * not deployed, or a table that asks for an input the delegate never supplies.
 */
public interface DecisionTableUse {

    /** The decision's key (its id in the {@code .dmn} file). */
    String decisionKey();

    /** The variable names the delegate hands the table. */
    Set<String> suppliedInputs();
}
