package vn.khenthuong.appraisal;

/** The provincial board answered a disclosure comment. */
public record DisclosureCommentAnswered(String nominationCode, long commentId, String answeredBy, String answer) {
}
