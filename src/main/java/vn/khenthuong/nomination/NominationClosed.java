package vn.khenthuong.nomination;

/** The process ended a nomination (awarded, rejected or withdrawn). */
public record NominationClosed(String code, String oldStatus, String status, String reason) {
}
