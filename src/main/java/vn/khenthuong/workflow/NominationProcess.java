package vn.khenthuong.workflow;

/**
 * The contract of processes/nomination.bpmn: ids and variable names that Tasklist filters,
 * REST clients and tests rely on. A test checks every id named here exists in the diagram.
 */
public final class NominationProcess {

    public static final String PROCESS_KEY = "nomination";
    public static final String VOTE_THRESHOLD_DECISION = "voteThreshold";
    /** processes/eligibility.dmn: prerequisite awards from the registry. */
    public static final String ELIGIBILITY_DECISION = "eligibilityPrerequisites";
    /** processes/quota.dmn: the share of a unit's nominees an award kind may go to. */
    public static final String QUOTA_DECISION = "quota";
    public static final String DEPLOYMENT_NAME = "khen-thuong";
    /** BPMN error thrown when a dossier may not go on; boundary events send it back to be fixed. */
    public static final String DOSSIER_INVALID = "DOSSIER_INVALID";

    // Start event and automatic steps
    public static final String START_NOMINATION = "startNomination";
    public static final String REGISTER_DOSSIER = "registerDossier";
    public static final String VALIDATE_BEFORE_COMMUNE_REVIEW = "validateBeforeCommuneReview";
    public static final String VALIDATE_BEFORE_DISTRICT_REVIEW = "validateBeforeDistrictReview";
    public static final String VALIDATE_BEFORE_APPRAISAL = "validateBeforeAppraisal";
    public static final String SELECT_COUNCIL_MEMBERS = "selectCouncilMembers";
    public static final String DETERMINE_VOTE_THRESHOLD = "determineVoteThreshold";
    public static final String TALLY_VOTES = "tallyVotes";
    public static final String CLOSE_VOTING = "closeVoting";
    public static final String RECORD_AWARD = "recordAward";
    public static final String RECORD_REJECTION = "recordRejection";
    public static final String AWARDED = "awarded";
    public static final String REJECTED = "rejected";

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
    /** Reminders of the eligibility rules that do not stop the dossier (conditions the registry cannot show). */
    public static final String ELIGIBILITY_NOTES = "eligibilityNotes";
    /** Input of a validation task: the step the dossier is about to enter. */
    public static final String VALIDATION_STEP = "validationStep";
    /**
     * Validation steps at which the dossier is still inside its filing unit. Before any other step it is leaving
     * the unit (or has left it), so eligibility and the quota are checked and the dossier takes its quota slot.
     */
    public static final java.util.Set<String> WITHIN_FILING_UNIT = java.util.Set.of("prepareDossier", "communeReview");
    public static final String COUNCIL_UNIT = "councilUnit";
    public static final String COUNCIL_LEVEL = "councilLevel";
    public static final String REQUIRED_SHARE = "requiredShare";
    public static final String STRICTLY_MORE = "strictlyMore";
    public static final String VOTE_SUMMARY = "voteSummary";
    public static final String DECISION_SIGNER = "decisionSigner";

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
