package vn.khenthuong.appraisal;

import java.time.LocalDate;

/** Where a nomination waits on the provincial board, as the workflow knows it; implemented in the workflow package. */
public interface WaitingSteps {

    /** The nomination is in its public disclosure window. */
    boolean disclosureOpen(String code);

    /** Hands the central decision (Prime Minister) to the waiting nomination; false if it is not waiting for one. */
    boolean centralDecisionReceived(String code, String decisionNumber, LocalDate decisionDate, String recordedBy);
}
