package vn.khenthuong.work;

import vn.khenthuong.identity.Roles;

/** The steps worked through many at once, with the role whose groups (role.unit) are their candidates. */
public enum WorkStep {
    /** The provincial board's appraisal (BPMN task provincialAppraisal). */
    APPRAISAL("provincialAppraisal", Roles.APPRAISER),
    /** The chairman's decision (BPMN task decision). */
    DECISION("decision", Roles.CHAIRMAN);

    private final String taskKey;
    private final String role;

    WorkStep(String taskKey, String role) {
        this.taskKey = taskKey;
        this.role = role;
    }

    /** The BPMN id of the user task (checked against processes/nomination.bpmn by WorkStepContractTest). */
    public String taskKey() {
        return taskKey;
    }

    public String role() {
        return role;
    }
}
