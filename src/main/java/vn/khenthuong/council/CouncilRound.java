package vn.khenthuong.council;

import java.time.OffsetDateTime;

/**
 * One meeting of one council on a nomination (table council_round). The unit, the secret-ballot rule and the member
 * list (council_roster) are fixed when it opens; nothing a task's user sends can change them.
 */
public record CouncilRound(long id, long nominationId, String nominationCode, int round, String processInstanceId, String councilUnit,
                           boolean secret, String compositionSource, OffsetDateTime openedAt, OffsetDateTime closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
