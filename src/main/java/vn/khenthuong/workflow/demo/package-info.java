/**
 * Demo data only: files the sample dossiers of {@code seeds/sample-dossiers.yaml} (with their documents) and carries
 * each, as the demo users, to the step where a new user finds it in Tasklist; enters the award registry of 2019 from
 * {@code seeds/awards-2019.yaml} (the 2019 report's counts, illustrative names and decision numbers) as registry lines
 * without nominations, through the administrators' import ({@code AwardHistorySeeder}). Exists only with
 * {@code khenthuong.seeds.sample-dossiers=true} (the {@code demo} profile).
 * <p>
 * Owns no table; writes through the features' services and the engine like any official. Offers nothing to other
 * packages.
 */
package vn.khenthuong.workflow.demo;
