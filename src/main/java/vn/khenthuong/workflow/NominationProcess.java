package vn.khenthuong.workflow;

/**
 * The contract of processes/nomination.bpmn: ids and variable names that Tasklist filters,
 * REST clients and tests rely on. A test checks every id named here exists in the diagram.
 */
public final class NominationProcess {

    public static final String PROCESS_KEY = "nomination";

    // User tasks
    public static final String PREPARE_DOSSIER = "prepareDossier";
    public static final String COMMUNE_REVIEW = "communeReview";
    public static final String DISTRICT_REVIEW = "districtReview";
    public static final String COUNCIL_VOTE = "councilVote";
    public static final String PROVINCIAL_APPRAISAL = "provincialAppraisal";
    public static final String SUPPLEMENT_DOSSIER = "supplementDossier";
    public static final String DECISION = "decision";

    // Variables set by the process
    public static final String NOMINATION_CODE = "nominationCode";
    public static final String UNIT_CODE = "unitCode";
    public static final String DISTRICT_CODE = "districtCode";
    public static final String PROVINCE_CODE = "provinceCode";
    public static final String AWARD_KIND_CODE = "awardKindCode";
    public static final String NOMINEE_NAME = "nomineeName";
    public static final String INITIATOR = "initiator";
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String COUNCIL_MEMBER = "councilMember";
    public static final String VOTE_PASSED = "votePassed";
    public static final String PROBLEMS = "problems";

    // Variables set by the officials' forms
    public static final String OUTCOME = "outcome";
    public static final String COMMENT = "comment";
    public static final String VOTE = "vote";
    public static final String SUPPLEMENT_DEADLINE = "supplementDeadline";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";

    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";
    public static final String OUTCOME_REJECT = "reject";

    public static final String VOTE_YES = "yes";
    public static final String VOTE_NO = "no";
    public static final String VOTE_ABSTAIN = "abstain";

    private NominationProcess() {
    }
}
