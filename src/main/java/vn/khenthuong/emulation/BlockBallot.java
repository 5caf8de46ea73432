package vn.khenthuong.emulation;

import java.util.List;

/**
 * One member unit's ballot at the block meeting: either it confirms the ranking as scored ({@code confirm}), or it
 * names the units it proposes (suy tôn) to lead the block. Never stored as such: only counted (secret ballot).
 */
public record BlockBallot(Boolean confirm, List<String> proposedUnits) {

    public BlockBallot {
        proposedUnits = proposedUnits == null ? List.of() : List.copyOf(proposedUnits);
    }
}
