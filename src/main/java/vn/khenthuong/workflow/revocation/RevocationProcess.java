package vn.khenthuong.workflow.revocation;

/** Ids and variable names of processes/revocation.bpmn that the Java side uses (RevocationProcessTest checks them). */
public final class RevocationProcess {

    public static final String PROCESS_KEY = "revocation";
    public static final String GROUND_DECISION = "revocationGround";
    public static final String START = "startRevocation";
    public static final String OPEN = "openRevocation";
    public static final String APPRAISE = "appraiseRevocation";
    public static final String SUPPLEMENT = "supplementRevocation";
    public static final String DECIDE = "decideRevocation";
    public static final String RECORD_RECOVERY = "recordRecovery";

    // Set by the user (forms; processes/revocation.form-variables.yaml).
    public static final String AWARD_ID = "awardId";
    public static final String GROUND_CODE = "groundCode";
    public static final String GROUND_DETAIL = "groundDetail";
    public static final String FINDING_ID = "findingId";
    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";

    // Set by the process only.
    public static final String INITIATOR = "initiator";
    public static final String CASE_ID = "caseId";
    public static final String CASE_CODE = "caseCode";
    public static final String BOARD_UNIT = "boardUnit";
    public static final String DECIDING_UNIT = "decidingUnit";
    public static final String AMOUNT_TO_RECOVER = "amountToRecover";
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String RECOVERY_DUE = "recoveryDue";

    private RevocationProcess() {
    }
}
