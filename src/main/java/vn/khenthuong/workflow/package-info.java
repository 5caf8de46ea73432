/**
 * The nomination process adapter: {@code processes/nomination.bpmn} and the Java it calls. The contract of the diagram
 * ({@link vn.khenthuong.workflow.NominationProcess}: activity ids, variable names), the delegates and task listeners
 * that read a few variables and call one feature service, the expression beans the diagram names
 * ({@link vn.khenthuong.workflow.DueDates} as {@code dueDates}, {@link vn.khenthuong.workflow.CouncilRosterExpression}
 * as {@code councilRoster}), the route and vote-threshold decisions ({@code nominationRoute.dmn},
 * {@code voteThreshold.dmn}), and the engine hooks that are specific to this process (history retention and filtering,
 * listeners added at parse time, the audit of deletion attempts).
 * <p>
 * Owns no table of its own: the dossier, the council's meeting and the award live in their features, keyed by the
 * process's business key; the process holds only ids, codes, outcomes and counts. Offers
 * {@link vn.khenthuong.workflow.NominationProcess}, {@link vn.khenthuong.workflow.DossierVariables} and
 * {@link vn.khenthuong.workflow.DossierRefusedException} to the sub-packages below, which depend on it and never the
 * reverse (ArchitectureTest).
 */
package vn.khenthuong.workflow;
