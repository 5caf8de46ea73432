/**
 * Deploys {@code processes/} and {@code forms/} together, in one deployment under stable relative names, at start-up
 * (Camunda's auto-deployment is off) and on an administrator's request ({@code POST /api/admin/flows/deploy}); from the
 * classpath or from {@code khenthuong.flows.directory} ({@code FlowsProperties}).
 * <p>
 * Every deployment, whatever its door (start-up, Camunda Modeler through {@code /engine-rest}, the admin endpoint,
 * Cockpit, the Java API), passes two engine hooks installed by {@code FlowCheckPlugin}: {@code DeploymentPreparation}
 * (a command interceptor) gives Modeler's bare file names their folders, copies the forms and allow-list a diagram
 * references but the administrator did not attach from the live version, and deploys the set whole instead of
 * "changed only"; {@code FlowCheckDeployer} (a pre-deployer) runs {@code FlowCheck} and refuses a broken flow before
 * anything is written ({@link vn.khenthuong.workflow.deployment.FlowRefusedException}, a 400 problem detail on
 * {@code /engine-rest} through {@code FlowRefusals} and on the admin endpoint). Delegates that evaluate a table tell the
 * check what they supply ({@code workflow.engine.DecisionTableUse}), beans that compute candidate groups which roles
 * they yield ({@code workflow.engine.CandidateGroupSource}).
 * <p>
 * Owns no table (Camunda's deployment tables record what it deploys). Offers
 * {@link vn.khenthuong.workflow.deployment.FlowDeployer}.
 */
package vn.khenthuong.workflow.deployment;
