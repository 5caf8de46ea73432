package vn.khenthuong.workflow;

import vn.khenthuong.council.CouncilConclusion;
import vn.khenthuong.nomination.Checkpoint;
import vn.khenthuong.nomination.StepOutcome;

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
    public static final String ROUTE_DECISION = "nominationRoute";
    /** Message the provincial board sends when the central decision (Prime Minister) arrives. */
    public static final String CENTRAL_DECISION_MESSAGE = "centralDecision";
    public static final String DEPLOYMENT_NAME = "khen-thuong";
    /** BPMN error thrown when a dossier may not go on; boundary events send it back to be fixed. */
    public static final String DOSSIER_INVALID = "DOSSIER_INVALID";

    // Start event and automatic steps
    public static final String START_NOMINATION = "startNomination";
    public static final String REGISTER_DOSSIER = "registerDossier";
    public static final String VALIDATE_BEFORE_COMMUNE_REVIEW = "validateBeforeCommuneReview";
    public static final String VALIDATE_SUBMISSION = "validateSubmission";
    public static final String NEXT_ROUTE_STEP = "nextRouteStep";
    public static final String COUNCIL_MEETING = "councilMeeting";
    public static final String OPEN_DISCLOSURE = "openDisclosure";
    public static final String DISCLOSURE_WINDOW = "disclosureWindow";
    public static final String COUNT_DISCLOSURE_COMMENTS = "countDisclosureComments";
    public static final String CENTRAL_DECISION_RECEIVED = "centralDecisionReceived";
    public static final String SUPPLEMENTATION_OVERDUE = "supplementationOverdue";
    public static final String APPRAISAL_OVERDUE = "appraisalOverdue";
    public static final String RECORD_APPRAISAL_OVERDUE = "recordAppraisalOverdue";
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
    public static final String RECORD_WRITTEN_BALLOTS = "recordWrittenBallots";
    public static final String COUNCIL_CONCLUSION = "councilConclusion";
    public static final String ANSWER_DISCLOSURE_COMMENTS = "answerDisclosureComments";
    public static final String HANDLE_OVERDUE_SUPPLEMENTATION = "handleOverdueSupplementation";
    public static final String DECISION = "decision";

    // Variables set by the process
    public static final String NOMINATION_CODE = "nominationCode";
    public static final String UNIT_CODE = "unitCode";
    public static final String DISTRICT_CODE = "districtCode";
    public static final String PROVINCE_CODE = "provinceCode";
    public static final String AWARD_KIND_CODE = "awardKindCode";
    public static final String NOMINEE_NAME = "nomineeName";
    public static final String NOMINEE_KIND = "nomineeKind";
    public static final String PROCEDURE_KIND = "procedureKind";
    public static final String TIER_MODEL = "tierModel";
    /** nomination.DossierOrigin: UNIT (a commune's own dossier) or BLOCK (an emulation block's proposal); absent before V25 = UNIT. */
    public static final String ORIGIN = "origin";
    /** Transient start variable of a block's proposal: the head unit proposing it (set only by our API, never by a form). */
    public static final String BLOCK_HEAD_UNIT = "blockHeadUnit";
    // The route loop: the step the nomination is at, from the nominationRoute decision.
    /** The route as last read from the table, with the table version and inputs it was read for (RouteDecisions). */
    public static final String ROUTE = "route";
    public static final String LAST_STEP_ORDER = "lastStepOrder";
    public static final String ROUTE_STEP = "routeStep";
    public static final String STEP_LEVEL = "stepLevel";
    public static final String STEP_UNIT = "stepUnit";
    public static final String DISCLOSURE_CLOSES = "disclosureCloses";
    public static final String OPEN_COMMENTS = "openComments";
    public static final String SECRET_BALLOT = "secretBallot";
    public static final String QUORUM = "quorum";
    public static final String INITIATOR = "initiator";
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String COUNCIL_MEMBER = "councilMember";
    public static final String VOTE_PASSED = "votePassed";
    public static final String PROBLEMS = "problems";
    /** Task-local, on review tasks: the words of the "approve" choice, naming where the route goes next. */
    public static final String APPROVE_WORDING = "approveWording";
    /** Reminders of the eligibility rules that do not stop the dossier (conditions the registry cannot show). */
    public static final String ELIGIBILITY_NOTES = "eligibilityNotes";
    /** Input of a validation task: the step the dossier is about to enter. */
    public static final String VALIDATION_STEP = "validationStep";
    /** The validationStep of the check before the dossier leaves the commune (the others name the task they precede). */
    public static final String VALIDATION_SUBMISSION = "submission";

    /**
     * Task-local copies shown as columns by the seeded Tasklist filters. Task-local, not of the process: an official
     * may read their task's variables but not the process instance's (IdentitySecurityTest).
     */
    public static final String LIST_NOMINEE = "taskNominee";
    public static final String LIST_AWARD = "taskAward";
    public static final String LIST_UNIT = "taskUnit";
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
    /** The moment the supplementation is overdue: the end of the deadline day (timer of supplementationOverdue). */
    public static final String SUPPLEMENT_DUE = "supplementDue";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    /** councilConclusion: propose (as filed), lower, raise or reject; newAwardKindCode for lower and raise. */
    public static final String CONCLUSION = "conclusion";
    public static final String NEW_AWARD_KIND_CODE = "newAwardKindCode";
    /** handleOverdueSupplementation: extend (new deadline), appraise (as it is) or reject. */
    public static final String OVERDUE_ACTION = "overdueAction";

    /** Values of {@link #OUTCOME} as the review forms send them; the type is {@link StepOutcome}. */
    public static final String OUTCOME_APPROVE = StepOutcome.APPROVE.value();
    public static final String OUTCOME_RETURN = StepOutcome.RETURN.value();
    public static final String OUTCOME_REJECT = StepOutcome.REJECT.value();

    /** Values of {@link #CONCLUSION} as the conclusion form sends them; the type is {@link CouncilConclusion.Kind}. */
    public static final String CONCLUSION_PROPOSE = CouncilConclusion.Kind.PROPOSE.value();
    public static final String CONCLUSION_LOWER = CouncilConclusion.Kind.LOWER.value();
    public static final String CONCLUSION_RAISE = CouncilConclusion.Kind.RAISE.value();
    public static final String CONCLUSION_REJECT = CouncilConclusion.Kind.REJECT.value();

    // Route steps that end the route (column "step" of the nominationRoute decision)
    public static final String STEP_DECISION = "DECISION";
    public static final String STEP_CENTRAL_DECISION = "CENTRAL_DECISION";

    /**
     * The dossier checkpoint a validation task's {@code validationStep} input names: the domain's name for the
     * moment, so that no task id of the diagram reaches the dossier rules.
     */
    public static Checkpoint checkpoint(String validationStep) {
        return switch (validationStep == null ? "" : validationStep) {
            case COMMUNE_REVIEW -> Checkpoint.COMMUNE_REVIEW;
            case VALIDATION_SUBMISSION -> Checkpoint.SUBMISSION;
            case PROVINCIAL_APPRAISAL -> Checkpoint.PROVINCIAL_APPRAISAL;
            default -> throw new IllegalArgumentException("unknown validationStep " + validationStep);
        };
    }

    private NominationProcess() {
    }
}
