/**
 * The variable guard in front of both of the engine's command executors, whatever the door ({@code /engine-rest}, the
 * webapps, Tasklist's forms, our {@code /api}): a signed-in non-administrator may run only the commands
 * {@code GuardedCommands} allows, and a completion, form submission or start may carry only the variables its step
 * declares in {@code processes/<process>.form-variables.yaml} ({@link vn.khenthuong.workflow.guard.FormVariableAllowList}),
 * of the declared type and length. Refusals become 400 answers on the REST API
 * ({@link vn.khenthuong.workflow.guard.EngineRefusals}).
 * <p>
 * Owns no table. Offers {@link vn.khenthuong.workflow.guard.EngineCalls}: our own code marks with it the calls whose
 * variables it decided itself, which the guard then trusts. Its refusals are engine exceptions: a command refused is
 * {@link vn.khenthuong.workflow.guard.CommandRefusedException} (an {@code AuthorizationException}), a variable refused
 * {@link vn.khenthuong.workflow.guard.VariableRefusedException} (a {@code BadUserRequestException}).
 */
package vn.khenthuong.workflow.guard;
