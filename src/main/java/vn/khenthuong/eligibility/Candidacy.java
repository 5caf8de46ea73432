package vn.khenthuong.eligibility;

/** What the eligibility and quota tables are asked about: the award proposed, for whom, by which procedure, for which year. */
public record Candidacy(String awardKindCode, String nomineeKind, String procedureKind, int year) {
}
