package vn.khenthuong.council;

/** A member took part in a vote, in person or in writing; never what they chose (a ballot may be secret). */
public record BallotCast(String nominationCode, String councilUnit, int round, String mode, String member, String paperReference,
                         String recordedBy) {

    /** A paper ballot the secretary recorded for the member. */
    public boolean written() {
        return Ballots.WRITTEN.equals(mode);
    }
}
