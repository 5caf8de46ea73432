package vn.khenthuong.emulation;

import java.util.List;
import java.util.Map;

/**
 * The block meeting's count: how many member units voted, how many confirmed the ranking, how many named units,
 * the support of every member (confirming ballots count for the ranking's leaders), and what the block proposes.
 */
public record BlockTally(int members, int ballots, int confirm, int propose, Map<String, Integer> support, List<Proposal> proposals) {

    public enum Kind {
        FLAG("Cờ thi đua của UBND tỉnh"),
        COMMENDATION("Bằng khen của Chủ tịch UBND tỉnh");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A unit the block proposes, with the award kind's code and the support it had; the nomination once started. */
    public record Proposal(String unitCode, Kind kind, String awardKindCode, int support, String nominationCode) {
    }
}
