/**
 * The annulment process adapter: {@code processes/revocation.bpmn} and the Java it calls. The contract of the diagram
 * ({@link vn.khenthuong.workflow.revocation.RevocationProcess}), one delegate and task listeners that read a few
 * variables and call {@code revocation.Revocations} (open the case, the board's appraisal, the chairman's decision, the
 * end of the recovery), and the implementations of {@code revocation.RevocationWorkflow} (start as the official) and
 * {@code revocation.RevocationGrounds} (processes/revocationGround.dmn, its latest deployed version).
 * <p>
 * Owns no table: the case, its evidence and recovery live in {@code revocation}, the annulled line in {@code award}; the
 * process holds the case's id and code, the board's and the deciding unit's codes and the outcomes that steer it.
 */
package vn.khenthuong.workflow.revocation;
