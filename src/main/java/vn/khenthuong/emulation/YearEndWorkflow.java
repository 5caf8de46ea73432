package vn.khenthuong.emulation;

/** The port through which our API starts a block's year end (processes/blockYearEnd.bpmn); implemented in the workflow. */
public interface YearEndWorkflow {

    /** Starts the year end of a block as {@code userId}; returns the process instance id. */
    String start(String blockCode, int year, String userId);
}
