package vn.khenthuong.workflow.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.migration.instance.MigratingProcessInstance;
import org.camunda.bpm.engine.impl.migration.instance.MigratingTransitionInstance;
import org.camunda.bpm.engine.impl.migration.instance.parser.MigratingInstanceParser;
import org.camunda.bpm.engine.impl.migration.validation.instance.MigratingProcessInstanceValidationReportImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * The first half of Camunda's {@link MigrateProcessInstanceCmd}, for a preview: each instance's activity tree is
 * matched to the plan and run through the engine's own instance validators, exactly as a migration does before it
 * changes anything; the second half (moving) is never run. The caller runs it in a transaction it rolls back, so a
 * preview cannot write even by accident. Also says where each instance waits (its leaf activities).
 */
final class PreviewCheck extends MigrateProcessInstanceCmd {

    /** One failure of an instance; {@code activityId} null when it concerns the whole instance. */
    record Failure(String activityId, String message) {
    }

    /** An instance as the check found it: gone (no longer running), where it waits, and what stops it moving. */
    record Result(String processInstanceId, boolean running, Set<String> waitingAt, List<Failure> failures) {
        boolean movable() {
            return running && failures.isEmpty();
        }
    }

    private final List<String> processInstanceIds;
    private final Map<String, Result> results = new LinkedHashMap<>();

    PreviewCheck(CommandExecutor executor, MigrationPlan plan, List<String> processInstanceIds) {
        super(new MigrationPlanExecutionBuilderImpl(executor, plan), false);
        this.processInstanceIds = List.copyOf(processInstanceIds);
    }

    Map<String, Result> results() {
        return results;
    }

    @Override
    public Void execute(CommandContext commandContext) {
        MigrationPlan plan = executionBuilder.getMigrationPlan();
        // The caller checked that an administrator asks; the engine's own checks would only hide instances from the count.
        return ActingUser.withoutAuthorizationChecks(commandContext, () -> {
            for (String id : processInstanceIds) {
                results.put(id, check(commandContext, id, plan));
            }
            return null;
        });
    }

    private Result check(CommandContext commandContext, String id, MigrationPlan plan) {
        ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(id);
        if (instance == null) {
            return new Result(id, false, Set.of(), List.of());
        }
        if (!plan.getSourceProcessDefinitionId().equals(instance.getProcessDefinitionId())) {
            return new Result(id, true, Set.of(), List.of(new Failure(null, "Process instance '" + id + "' cannot be migrated. Its process definition '"
                    + instance.getProcessDefinitionId() + "' does not match the source process definition of the migration plan '"
                    + plan.getSourceProcessDefinitionId() + "'")));
        }
        MigratingProcessInstanceValidationReportImpl report = new MigratingProcessInstanceValidationReportImpl();
        MigratingProcessInstance migrating;
        try {
            migrating = new MigratingInstanceParser(commandContext.getProcessEngineConfiguration().getProcessEngine()).parse(id, plan, report);
            validateInstructions(commandContext, migrating, report);
        } catch (ProcessEngineException e) {
            return new Result(id, true, Set.of(), List.of(new Failure(null, e.getMessage())));
        }
        Set<String> waitingAt = new TreeSet<>();
        for (MigratingActivityInstance activity : migrating.getMigratingActivityInstances()) {
            if (activity != migrating.getRootInstance() && activity.getChildScopeInstances().isEmpty()) {
                waitingAt.add(activity.getSourceScope().getId());
            }
        }
        for (MigratingTransitionInstance transition : migrating.getMigratingTransitionInstances()) {
            waitingAt.add(transition.getSourceScope().getId());
        }
        List<Failure> failures = new ArrayList<>();
        report.getFailures().forEach(f -> failures.add(new Failure(null, f)));
        for (MigratingActivityInstanceValidationReport a : report.getActivityInstanceReports()) {
            a.getFailures().forEach(f -> failures.add(new Failure(a.getSourceScopeId(), f)));
        }
        for (MigratingTransitionInstanceValidationReport t : report.getTransitionInstanceReports()) {
            t.getFailures().forEach(f -> failures.add(new Failure(t.getSourceScopeId(), f)));
        }
        return new Result(id, true, waitingAt, failures);
    }
}
