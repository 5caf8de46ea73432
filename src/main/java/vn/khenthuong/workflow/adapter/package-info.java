/**
 * The engine behind the ports the features own: {@code nomination.NominationWorkflow} (start a nomination, its current
 * steps), {@code council.CouncilTasks}, {@code appraisal.WaitingSteps}, {@code audit.ProcessHistory} (the engine's
 * history for the audit trail), and the DMN tables the features evaluate from Java: {@code eligibility.EligibilityTables}
 * ({@code eligibility.dmn}, {@code quota.dmn}) and {@code award.RewardCoefficients} ({@code rewardAmount.dmn}), always
 * at their latest deployed version, and {@code rules.DecisionSources} (the deployed DMN files, for the rules catalogue).
 * <p>
 * Owns no table. Offers nothing but these implementations (Spring beans of the features' interfaces);
 * {@link vn.khenthuong.workflow.adapter.CamundaCouncilTasks} is public for the bench only.
 */
package vn.khenthuong.workflow.adapter;
