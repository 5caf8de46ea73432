/**
 * Deploys {@code processes/} and {@code forms/} together, in one deployment under stable relative names, at start-up
 * (Camunda's auto-deployment is off) and on an administrator's request ({@code POST /api/admin/flows/deploy}); from the
 * classpath or from {@code khenthuong.flows.directory} ({@code FlowsProperties}).
 * <p>
 * Owns no table (Camunda's deployment tables record what it deploys). Offers
 * {@link vn.khenthuong.workflow.deployment.FlowDeployer}.
 */
package vn.khenthuong.workflow.deployment;
