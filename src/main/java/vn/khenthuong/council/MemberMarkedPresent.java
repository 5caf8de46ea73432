package vn.khenthuong.council;

/** An absence was undone: {@code by} says how (the secretary, or the member's own ballot). */
public record MemberMarkedPresent(String nominationCode, String councilUnit, int round, String member, String by, String actor) {
}
