/**
 * Annulment of an award and recovery of its money (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2;
 * {@code processes/revocation.bpmn} drives it): the case (grounds of {@code processes/revocationGround.dmn}, evidence
 * documents, the provincial board's appraisal, the deciding chairman's annulling decision), the money recovered in one or
 * more instalments, auditors' findings a case may start from, and the review flags on awards that stood on an annulled
 * one ({@code eligibility.DependentAwards}). The registry line itself is annulled by {@code award.Annulments}.
 * <p>
 * Owns the tables {@code revocation_case}, {@code revocation_evidence}, {@code revocation_recovery},
 * {@code revocation_finding} and {@code award_review_flag}. Offers {@link vn.khenthuong.revocation.Revocations} to the
 * process's steps and the ports {@link vn.khenthuong.revocation.RevocationWorkflow} and
 * {@link vn.khenthuong.revocation.RevocationGrounds}, which {@code workflow.revocation} implements; its API is
 * {@code /api/revocations}. Every step is published as {@link vn.khenthuong.revocation.RevocationRecorded} for the audit chain.
 */
package vn.khenthuong.revocation;
