package vn.khenthuong.workflow.guard;

import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractQuery;

/**
 * Every engine command class a signed-in user can make the engine run, sorted by what it may do. Names are relative
 * to {@code org.camunda.bpm.engine.impl}. {@code VariableGuardCommandsTest} scans the engine jar and fails when a
 * command class is in none of these lists, so that a new Camunda version cannot add a way around the guard unnoticed;
 * at run time an engine command in none of them is refused like an administrator's one (deny by default).
 */
final class GuardedCommands {

    enum Kind {
        /** Reads only; Camunda's authorizations decide what is visible. */
        READ,
        /** May carry variables or change a task's assignee: allowed after {@link VariableGuard}'s checks. */
        CHECKED,
        /** Writes nothing that steers a process (comments, attachments, own filters and profile); Camunda's authorizations apply. */
        ALLOWED,
        /** Writes process state, variables, jobs, deployments, identities or history: administrators only. */
        ADMIN_ONLY,
        /** A query object or a command that is not the engine's (our code, the webapps' read plugins). */
        NOT_ENGINE_COMMAND,
        /** An engine command in none of the lists: treated as {@link #ADMIN_ONLY}. */
        UNKNOWN
    }

    static final String PREFIX = "org.camunda.bpm.engine.impl.";

    static final Set<String> CHECKED = Set.of(
            "cmd.ClaimTaskCmd",
            "cmd.CompleteTaskCmd",
            "cmd.StartProcessInstanceCmd",
            "cmd.SubmitStartFormCmd",
            "cmd.SubmitTaskFormCmd"
    );

    static final Set<String> ALLOWED = Set.of(
            "cmd.AddCommentCmd",
            "cmd.CreateAttachmentCmd",
            "cmd.CreateFilterCmd",
            "cmd.DeleteFilterCmd",
            "cmd.DeleteUserInfoCmd",
            "cmd.DeleteUserPictureCmd",
            "cmd.SaveFilterCmd",
            "cmd.SaveUserCmd",
            "cmd.SetUserInfoCmd",
            "cmd.SetUserPictureCmd"
    );

    static final Set<String> READ = Set.of(
            "GetDeployedTaskFormCmd",
            "cmd.AuthorizationCheckCmd",
            "cmd.CreateGroupQueryCmd",
            "cmd.CreateNativeUserQueryCmd",
            "cmd.CreateTenantQueryCmd",
            "cmd.CreateUserQueryCmd",
            "cmd.ExecuteFilterCountCmd",
            "cmd.ExecuteFilterListCmd",
            "cmd.ExecuteFilterListPageCmd",
            "cmd.ExecuteFilterSingleResultCmd",
            "cmd.FindActiveActivityIdsCmd",
            "cmd.FindHistoryCleanupJobsCmd",
            "cmd.GetActivityInstanceCmd",
            "cmd.GetAttachmentCmd",
            "cmd.GetAttachmentContentCmd",
            "cmd.GetCamundaFormDefinitionCmd",
            "cmd.GetDeployedProcessDefinitionCmd",
            "cmd.GetDeployedStartFormCmd",
            "cmd.GetDeploymentBpmnModelInstanceCmd",
            "cmd.GetDeploymentProcessDiagramCmd",
            "cmd.GetDeploymentProcessDiagramLayoutCmd",
            "cmd.GetDeploymentProcessModelCmd",
            "cmd.GetDeploymentResourceCmd",
            "cmd.GetDeploymentResourceForIdCmd",
            "cmd.GetDeploymentResourceNamesCmd",
            "cmd.GetDeploymentResourcesCmd",
            "cmd.GetExecutionVariableCmd",
            "cmd.GetExecutionVariableTypedCmd",
            "cmd.GetExecutionVariablesCmd",
            "cmd.GetExternalTaskErrorDetailsCmd",
            "cmd.GetFilterCmd",
            "cmd.GetFormKeyCmd",
            "cmd.GetHistoricExternalTaskLogErrorDetailsCmd",
            "cmd.GetHistoricJobLogExceptionStacktraceCmd",
            "cmd.GetHistoryLevelCmd",
            "cmd.GetIdentityLinksForProcessDefinitionCmd",
            "cmd.GetIdentityLinksForTaskCmd",
            "cmd.GetJobExceptionStacktraceCmd",
            "cmd.GetPasswordPolicyCmd",
            "cmd.GetProcessApplicationForDeploymentCmd",
            "cmd.GetProcessInstanceAttachmentsCmd",
            "cmd.GetProcessInstanceCommentsCmd",
            "cmd.GetRenderedStartFormCmd",
            "cmd.GetRenderedTaskFormCmd",
            "cmd.GetStartFormCmd",
            "cmd.GetStartFormVariablesCmd",
            "cmd.GetStaticCalledProcessDefinitionCmd",
            "cmd.GetSubTasksCmd",
            "cmd.GetTaskAttachmentCmd",
            "cmd.GetTaskAttachmentContentCmd",
            "cmd.GetTaskAttachmentsCmd",
            "cmd.GetTaskCommentCmd",
            "cmd.GetTaskCommentsCmd",
            "cmd.GetTaskEventsCmd",
            "cmd.GetTaskFormCmd",
            "cmd.GetTaskFormVariablesCmd",
            "cmd.GetTaskVariableCmd",
            "cmd.GetTaskVariablesCmd",
            "cmd.GetTopicNamesCmd",
            "cmd.GetUniqueTaskWorkerCountCmd",
            "cmd.GetUserAccountCmd",
            "cmd.GetUserInfoCmd",
            "cmd.GetUserInfoKeysCmd",
            "cmd.GetUserPictureCmd",
            "cmd.IsIdentityServiceReadOnlyCmd",
            "cmd.IsTelemetryEnabledCmd",
            "cmmn.cmd.GetCaseExecutionVariableCmd",
            "cmmn.cmd.GetCaseExecutionVariableTypedCmd",
            "cmmn.cmd.GetCaseExecutionVariablesCmd",
            "cmmn.cmd.GetDeploymentCaseDefinitionCmd",
            "cmmn.cmd.GetDeploymentCaseDiagramCmd",
            "cmmn.cmd.GetDeploymentCaseModelCmd",
            "cmmn.cmd.GetDeploymentCmmnModelInstanceCmd",
            "dmn.cmd.GetDeploymentDecisionDefinitionCmd",
            "dmn.cmd.GetDeploymentDecisionDiagramCmd",
            "dmn.cmd.GetDeploymentDecisionModelCmd",
            "dmn.cmd.GetDeploymentDecisionRequirementsDefinitionCmd",
            "dmn.cmd.GetDeploymentDecisionRequirementsDiagramCmd",
            "dmn.cmd.GetDeploymentDecisionRequirementsModelCmd",
            "dmn.cmd.GetDeploymentDmnModelInstanceCmd"
    );

    /** Everything that writes: process state and variables, tasks, jobs, deployments, identities, history, engine internals. */
    static final Set<String> ADMIN_ONLY = Set.of(
            "SetJobsRetriesByProcessBatchCmd",
            "batch.DeleteBatchCmd",
            "batch.RestartProcessInstancesBatchCmd",
            "batch.history.DeleteHistoricBatchCmd",
            "cmd.AcquireJobsCmd",
            "cmd.ActivateBatchCmd",
            "cmd.ActivateJobCmd",
            "cmd.ActivateJobDefinitionCmd",
            "cmd.ActivateProcessDefinitionCmd",
            "cmd.ActivateProcessInstanceCmd",
            "cmd.ActivityAfterInstantiationCmd",
            "cmd.ActivityBeforeInstantiationCmd",
            "cmd.ActivityCancellationCmd",
            "cmd.ActivityInstanceCancellationCmd",
            "cmd.AddGroupIdentityLinkCmd",
            "cmd.AddIdentityLinkForProcessDefinitionCmd",
            "cmd.AddUserIdentityLinkCmd",
            "cmd.AssignTaskCmd",
            "cmd.CompleteExternalTaskCmd",
            "cmd.CorrelateAllMessageCmd",
            "cmd.CorrelateMessageCmd",
            "cmd.CreateGroupCmd",
            "cmd.CreateIncidentCmd",
            "cmd.CreateMembershipCmd",
            "cmd.CreateMigrationPlanCmd",
            "cmd.CreateTaskCmd",
            "cmd.CreateTenantCmd",
            "cmd.CreateTenantGroupMembershipCmd",
            "cmd.CreateTenantUserMembershipCmd",
            "cmd.CreateUserCmd",
            "cmd.DefaultJobRetryCmd",
            "cmd.DelegateTaskCmd",
            "cmd.DeleteAttachmentCmd",
            "cmd.DeleteAuthorizationCmd",
            "cmd.DeleteDeploymentCmd",
            "cmd.DeleteGroupCmd",
            "cmd.DeleteGroupIdentityLinkCmd",
            "cmd.DeleteHistoricCaseInstanceCmd",
            "cmd.DeleteHistoricCaseInstancesBulkCmd",
            "cmd.DeleteHistoricProcessInstancesCmd",
            "cmd.DeleteHistoricTaskInstanceCmd",
            "cmd.DeleteHistoricVariableInstanceCmd",
            "cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
            "cmd.DeleteIdentityLinkForProcessDefinitionCmd",
            "cmd.DeleteJobCmd",
            "cmd.DeleteJobsCmd",
            "cmd.DeleteLicenseKeyCmd",
            "cmd.DeleteMembershipCmd",
            "cmd.DeleteMetricsCmd",
            "cmd.DeleteProcessDefinitionsByIdsCmd",
            "cmd.DeleteProcessDefinitionsByKeyCmd",
            "cmd.DeleteProcessInstanceCmd",
            "cmd.DeleteProcessInstanceCommentCmd",
            "cmd.DeleteProcessInstancesCmd",
            "cmd.DeletePropertyCmd",
            "cmd.DeleteTaskCmd",
            "cmd.DeleteTaskCommentCmd",
            "cmd.DeleteTaskMetricsCmd",
            "cmd.DeleteTenantCmd",
            "cmd.DeleteTenantGroupMembershipCmd",
            "cmd.DeleteTenantUserMembershipCmd",
            "cmd.DeleteUserCmd",
            "cmd.DeleteUserIdentityLinkCmd",
            "cmd.DeleteUserOperationLogEntryCmd",
            "cmd.DeployCmd",
            "cmd.DetermineHistoryLevelCmd",
            "cmd.EvaluateStartConditionCmd",
            "cmd.ExecuteJobsCmd",
            "cmd.ExtendLockOnExternalTaskCmd",
            "cmd.FetchExternalTasksCmd",
            "cmd.GetLicenseKeyCmd",
            "cmd.GetNextIdBlockCmd",
            "cmd.GetPropertiesCmd",
            "cmd.GetTableCountCmd",
            "cmd.GetTableMetaDataCmd",
            "cmd.GetTableNameCmd",
            "cmd.GetTelemetryDataCmd",
            "cmd.HandleExternalTaskBpmnErrorCmd",
            "cmd.HandleExternalTaskFailureCmd",
            "cmd.HandleTaskBpmnErrorCmd",
            "cmd.HandleTaskEscalationCmd",
            "cmd.HistoryCleanupCmd",
            "cmd.LicenseCmd",
            "cmd.LockExternalTaskCmd",
            "cmd.MessageEventReceivedCmd",
            "cmd.ModifyProcessInstanceAsyncCmd",
            "cmd.ModifyProcessInstanceCmd",
            "cmd.PatchExecutionVariablesCmd",
            "cmd.PatchTaskVariablesCmd",
            "cmd.ProcessInstanceModificationBatchCmd",
            "cmd.ProcessInstanceModificationCmd",
            "cmd.PurgeDatabaseAndCacheCmd",
            "cmd.RecalculateJobDuedateCmd",
            "cmd.RegisterDeploymentCmd",
            "cmd.RegisterProcessApplicationCmd",
            "cmd.RemoveExecutionVariablesCmd",
            "cmd.RemoveTaskVariablesCmd",
            "cmd.ReportDbMetricsCmd",
            "cmd.ResolveIncidentCmd",
            "cmd.ResolveTaskCmd",
            "cmd.RestartProcessInstancesCmd",
            "cmd.SaveAttachmentCmd",
            "cmd.SaveAuthorizationCmd",
            "cmd.SaveGroupCmd",
            "cmd.SaveTaskCmd",
            "cmd.SaveTenantCmd",
            "cmd.SetAnnotationForIncidentCmd",
            "cmd.SetExecutionVariablesCmd",
            "cmd.SetExternalTaskPriorityCmd",
            "cmd.SetExternalTaskRetriesCmd",
            "cmd.SetExternalTasksRetriesBatchCmd",
            "cmd.SetExternalTasksRetriesCmd",
            "cmd.SetJobDefinitionPriorityCmd",
            "cmd.SetJobDuedateCmd",
            "cmd.SetJobPriorityCmd",
            "cmd.SetJobRetriesCmd",
            "cmd.SetJobsRetriesBatchCmd",
            "cmd.SetLicenseKeyCmd",
            "cmd.SetProcessDefinitionVersionCmd",
            "cmd.SetPropertyCmd",
            "cmd.SetTaskDescriptionCmd",
            "cmd.SetTaskDueDateCmd",
            "cmd.SetTaskFollowUpDateCmd",
            "cmd.SetTaskNameCmd",
            "cmd.SetTaskOwnerCmd",
            "cmd.SetTaskPriorityCmd",
            "cmd.SetTaskVariablesCmd",
            "cmd.SignalCmd",
            "cmd.SignalEventReceivedCmd",
            "cmd.StartProcessInstanceAtActivitiesCmd",
            "cmd.SuspendBatchCmd",
            "cmd.SuspendJobCmd",
            "cmd.SuspendJobDefinitionCmd",
            "cmd.SuspendProcessDefinitionCmd",
            "cmd.SuspendProcessInstanceCmd",
            "cmd.TelemetryConfigureCmd",
            "cmd.TransitionInstanceCancellationCmd",
            "cmd.TransitionInstantiationCmd",
            "cmd.UnlockExternalTaskCmd",
            "cmd.UnlockJobCmd",
            "cmd.UnlockUserCmd",
            "cmd.UnregisterDeploymentCmd",
            "cmd.UnregisterProcessApplicationCmd",
            "cmd.UpdateCommentCmd",
            "cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd",
            "cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd",
            "cmd.UpdateProcessInstancesSuspendStateBatchCmd",
            "cmd.UpdateProcessInstancesSuspendStateCmd",
            "cmd.batch.CorrelateAllMessageBatchCmd",
            "cmd.batch.DeleteHistoricProcessInstancesBatchCmd",
            "cmd.batch.DeleteProcessInstanceBatchCmd",
            "cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd",
            "cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd",
            "cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd",
            "cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd",
            "cmd.optimize.OptimizeCompletedHistoricActivityInstanceQueryCmd",
            "cmd.optimize.OptimizeCompletedHistoricIncidentsQueryCmd",
            "cmd.optimize.OptimizeCompletedHistoricProcessInstanceQueryCmd",
            "cmd.optimize.OptimizeCompletedHistoricTaskInstanceQueryCmd",
            "cmd.optimize.OptimizeHistoricDecisionInstanceQueryCmd",
            "cmd.optimize.OptimizeHistoricIdentityLinkLogQueryCmd",
            "cmd.optimize.OptimizeHistoricUserOperationsLogQueryCmd",
            "cmd.optimize.OptimizeHistoricVariableUpdateQueryCmd",
            "cmd.optimize.OptimizeOpenHistoricIncidentsQueryCmd",
            "cmd.optimize.OptimizeRunningHistoricActivityInstanceQueryCmd",
            "cmd.optimize.OptimizeRunningHistoricProcessInstanceQueryCmd",
            "cmd.optimize.OptimizeRunningHistoricTaskInstanceQueryCmd",
            "cmmn.cmd.CaseExecutionVariableCmd",
            "cmmn.cmd.CloseCaseInstanceCmd",
            "cmmn.cmd.CompleteCaseExecutionCmd",
            "cmmn.cmd.CreateCaseInstanceCmd",
            "cmmn.cmd.DisableCaseExecutionCmd",
            "cmmn.cmd.ManualStartCaseExecutionCmd",
            "cmmn.cmd.ReenableCaseExecutionCmd",
            "cmmn.cmd.TerminateCaseExecutionCmd",
            "cmmn.cmd.UpdateCaseDefinitionHistoryTimeToLiveCmd",
            "dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd",
            "dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd",
            "dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd",
            "dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd",
            "dmn.cmd.EvaluateDecisionCmd",
            "dmn.cmd.EvaluateDecisionTableCmd",
            "jobexecutor.GetUnlockedTimersByDuedateCmd",
            "jobexecutor.historycleanup.HistoryCleanupSchedulerCmd",
            "migration.MigrateProcessInstanceCmd",
            "migration.batch.MigrateProcessInstanceBatchCmd"
    );

    static Kind kindOf(Class<?> type) {
        String name = type.getName();
        if (name.startsWith(PREFIX)) {
            String relative = name.substring(PREFIX.length());
            if (CHECKED.contains(relative)) {
                return Kind.CHECKED;
            }
            if (ALLOWED.contains(relative)) {
                return Kind.ALLOWED;
            }
            if (READ.contains(relative)) {
                return Kind.READ;
            }
            if (ADMIN_ONLY.contains(relative)) {
                return Kind.ADMIN_ONLY;
            }
        }
        if (AbstractQuery.class.isAssignableFrom(type) || !isEngineCommand(name)) {
            return Kind.NOT_ENGINE_COMMAND;
        }
        return Kind.UNKNOWN;
    }

    /** The engine's own command classes (not its REST layer, not the webapps' plugins, not our code). */
    static boolean isEngineCommand(String className) {
        return className.startsWith(PREFIX);
    }

    private GuardedCommands() {
    }
}
