package vn.khenthuong.appraisal;

/** Someone commented on a nominee while the proposal was public. */
public record DisclosureCommentFiled(String nominationCode, long commentId, String author, String content) {
}
