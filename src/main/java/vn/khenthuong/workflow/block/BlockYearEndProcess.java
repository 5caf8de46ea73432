package vn.khenthuong.workflow.block;

/** Ids and variable names of processes/blockYearEnd.bpmn that the Java side uses (BlockYearEndProcessTest checks them). */
public final class BlockYearEndProcess {

    public static final String PROCESS_KEY = "blockYearEnd";
    public static final String START = "startBlockYearEnd";
    public static final String ENTER_RESULTS = "enterBlockResults";
    public static final String CHECK_RESULTS = "checkBlockResults";
    public static final String SCORE = "scoreBlockResults";
    public static final String CAST_BALLOT = "castBlockBallot";
    public static final String TALLY = "tallyBlockBallots";
    public static final String WRITE_MINUTES = "writeBlockMinutes";
    public static final String SUBMIT_PROPOSALS = "submitBlockProposals";
    public static final String START_NOMINATIONS = "startBlockNominations";

    // Set by the user (forms; processes/blockYearEnd.form-variables.yaml).
    public static final String BLOCK_CODE = "blockCode";
    public static final String YEAR = "year";
    public static final String OUTCOME = "outcome";
    public static final String RETURN_REASON = "returnReason";
    public static final String ACCEPT = "accept";
    public static final String RETURN = "return";

    // Set by the process only.
    public static final String INITIATOR = "initiator";
    public static final String ROUND_ID = "roundId";
    public static final String HEAD_UNIT = "headUnit";
    public static final String MEMBER_UNIT = "memberUnit";
    public static final String VOTER_UNIT = "voterUnit";
    public static final String RESULTS_ACCEPTED = "resultsAccepted";
    /** The codes of the nominations the block's proposals started, comma-separated (flags first). */
    public static final String PROPOSAL_NOMINATIONS = "proposalNominations";

    private BlockYearEndProcess() {
    }
}
