package vn.khenthuong.council;

/** The secretary recorded a council member as absent from a meeting. */
public record MemberMarkedAbsent(String nominationCode, String councilUnit, int round, String member, String absenceReference, String secretary) {
}
