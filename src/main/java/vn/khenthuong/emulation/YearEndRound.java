package vn.khenthuong.emulation;

import java.time.OffsetDateTime;

/** A block's year end: RESULTS (members enter, the head unit checks), VOTING (scored, ballot box open), CLOSED. */
public record YearEndRound(long id, String blockCode, int year, String headUnit, String processInstanceId, String state, String startedBy,
                           OffsetDateTime startedAt, boolean hasMinutes) {

    public static final String RESULTS = "RESULTS";
    public static final String VOTING = "VOTING";
    public static final String CLOSED = "CLOSED";
}
