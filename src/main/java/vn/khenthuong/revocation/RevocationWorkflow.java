package vn.khenthuong.revocation;

/** The port through which our API starts processes/revocation.bpmn as the official; implemented in the workflow. */
public interface RevocationWorkflow {

    /** Starts a case and returns its code (the process's business key). */
    String start(long awardId, String groundCode, String groundDetail, Long findingId, String userId);
}
