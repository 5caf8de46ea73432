package vn.khenthuong.council;

import java.math.BigDecimal;

/** A meeting was closed and its ballots counted: counts only, no member names. */
public record VotesTallied(String nominationCode, String councilUnit, int round, int memberCount, int yesCount, int noCount, int abstainCount,
                           BigDecimal requiredShare, boolean strictlyMore, boolean passed, boolean secretBallot, int participants,
                           BigDecimal quorumShare, boolean quorumMet) {
}
