package vn.khenthuong.workflow.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import vn.khenthuong.audit.HistoryFact;
import vn.khenthuong.audit.HistoryFact.Kind;
import vn.khenthuong.audit.ProcessHistory;
import vn.khenthuong.workflow.PassThroughActivities;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * The engine's history of a nomination for the audit trail: process instances by business key, then
 * activities, tasks, candidates, the user operation log and variable updates, each by process instance or
 * task id (indexed columns of the ACT_HI_* tables).
 */
@Service
class CamundaProcessHistory implements ProcessHistory {

    private static final Set<String> ASSIGNING = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
            UserOperationLogEntry.OPERATION_TYPE_DELEGATE, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER);
    static final String HIDDEN_VALUE = "(phiếu kín — không hiển thị)";

    private final HistoryService historyService;
    private final IdentityService identityService;

    CamundaProcessHistory(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** Our API has already checked that the caller is an auditor, so the queries ignore Camunda's history authorizations. */
    @Override
    public List<HistoryFact> facts(String businessKey, Set<String> hiddenVariables) {
        return ActingUser.asSystem(identityService, () -> {
            List<HistoryFact> facts = new ArrayList<>();
            historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .orderByProcessInstanceStartTime().asc().list()
                    .forEach(pi -> collect(pi, hiddenVariables, facts));
            return facts;
        });
    }

    private void collect(HistoricProcessInstance pi, Set<String> hidden, List<HistoryFact> facts) {
        String id = pi.getId();
        facts.add(new HistoryFact(instant(pi.getStartTime()), Kind.PROCESS_STARTED, id, pi.getStartActivityId(), pi.getProcessDefinitionName(),
                null, null, pi.getStartUserId(), null, values("processDefinitionId", pi.getProcessDefinitionId(),
                "processDefinitionVersion", String.valueOf(pi.getProcessDefinitionVersion()))));

        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list().forEach(t -> tasks.put(t.getId(), t));
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        historyService.createUserOperationLogQuery().processInstanceId(id).orderByTimestamp().asc().list()
                .forEach(e -> operations.computeIfAbsent(e.getOperationId(), k -> new ArrayList<>()).add(e));
        Set<String> assignedByPeople = new java.util.HashSet<>();
        operations.values().stream().flatMap(List::stream).filter(e -> e.getTaskId() != null && ASSIGNING.contains(e.getOperationType()))
                .forEach(e -> assignedByPeople.add(e.getTaskId()));
        Map<String, List<HistoricIdentityLinkLog>> links = new HashMap<>();
        Map<String, String> assignedAtCreation = new HashMap<>();
        for (HistoricTaskInstance t : tasks.values()) {
            List<HistoricIdentityLinkLog> log = historyService.createHistoricIdentityLinkLogQuery().taskId(t.getId()).orderByTime().asc().list();
            links.put(t.getId(), log);
            // An assignee the process set (a council member's ballot): nobody claimed or assigned the task through the API.
            if (!assignedByPeople.contains(t.getId())) {
                log.stream().filter(l -> IdentityLinkType.ASSIGNEE.equals(l.getType()) && "add".equals(l.getOperationType())).findFirst()
                        .ifPresent(l -> assignedAtCreation.put(t.getId(), l.getUserId()));
            }
        }

        for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            String type = a.getActivityType();
            // Rows of an older nomination, written before HistoryFilter left them out.
            if (PassThroughActivities.contains(type)) {
                continue;
            }
            if ("userTask".equals(type)) {
                facts.add(new HistoryFact(instant(a.getStartTime()), Kind.TASK_ENTERED, id, a.getActivityId(), a.getActivityName(), type,
                        a.getTaskId(), assignedAtCreation.get(a.getTaskId()), null, Map.of()));
                if (a.getEndTime() != null) {
                    facts.add(new HistoryFact(instant(a.getEndTime()), Kind.TASK_LEFT, id, a.getActivityId(), a.getActivityName(), type,
                            a.getTaskId(), a.getAssignee(), null, a.isCanceled() ? values("canceled", "true") : Map.of()));
                }
            } else {
                Date at = a.getEndTime() != null ? a.getEndTime() : a.getStartTime();
                facts.add(new HistoryFact(instant(at), Kind.STEP_PASSED, id, a.getActivityId(), a.getActivityName(), type, null, null, null,
                        a.isCanceled() ? values("canceled", "true") : Map.of()));
            }
        }

        for (HistoricTaskInstance t : tasks.values()) {
            for (HistoricIdentityLinkLog link : links.get(t.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && "add".equals(link.getOperationType())) {
                    facts.add(new HistoryFact(instant(link.getTime()), Kind.CANDIDATE, id, t.getTaskDefinitionKey(), t.getName(), "userTask",
                            t.getId(), link.getGroupId() != null ? link.getGroupId() : link.getUserId(), link.getGroupId() != null ? "group" : "user", Map.of()));
                }
            }
        }

        List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                .orderPartiallyByOccurrence().asc().list();

        for (List<UserOperationLogEntry> entries : operations.values()) {
            UserOperationLogEntry first = entries.get(0);
            if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(first.getOperationType())
                    && EntityTypes.PROCESS_INSTANCE.equals(first.getEntityType())) {
                continue; // the start, already reported with its initiator; the dossier itself is in our tables
            }
            Map<String, String> vals = new LinkedHashMap<>();
            for (UserOperationLogEntry e : entries) {
                if (e.getProperty() != null && e.getNewValue() != null && !"delete".equals(e.getProperty()) && !hidden.contains(e.getProperty())) {
                    vals.put(e.getProperty(), e.getOrgValue() == null ? e.getNewValue() : e.getOrgValue() + " → " + e.getNewValue());
                }
            }
            HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
            boolean taskWork = task != null && UserOperationLogEntry.CATEGORY_TASK_WORKER.equals(first.getCategory());
            for (HistoricDetail d : details) {
                // With a task's completion, only what was set on that task (the form's answers), not what the process did next.
                if (first.getOperationId().equals(d.getUserOperationId()) && d instanceof HistoricVariableUpdate u
                        && (!taskWork || task.getId().equals(d.getTaskId()) || task.getActivityInstanceId().equals(d.getActivityInstanceId()))) {
                    vals.put(u.getVariableName(), hidden.contains(u.getVariableName()) ? HIDDEN_VALUE : String.valueOf(u.getValue()));
                }
            }
            facts.add(new HistoryFact(instant(first.getTimestamp()), taskWork ? Kind.TASK_OPERATION : Kind.ADMIN_OPERATION, id,
                    task == null ? null : task.getTaskDefinitionKey(), task == null ? null : task.getName(), first.getEntityType(),
                    first.getTaskId(), first.getUserId(), first.getOperationType(), vals));
        }

        if (pi.getEndTime() != null) {
            facts.add(new HistoryFact(instant(pi.getEndTime()), Kind.PROCESS_ENDED, id, pi.getEndActivityId(), null, null, null, null, null,
                    values("state", pi.getState(), "deleteReason", pi.getDeleteReason())));
        }
    }

    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
