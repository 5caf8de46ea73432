package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.council.CouncilRounds;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * Upgrade to V9: a council meeting already open when the roster tables arrived has no council_round row. It gets one,
 * once, at start-up (and, should that have missed it, at the first ballot or tally): the members are the assignees of
 * the councilVote tasks the engine created when that meeting opened (task assignees, which no form can change); only
 * if history holds none, the instance's old councilMembers variable. Each such roster is logged. An instance that
 * already has any council_round row is never touched again, and later meetings get their roster when they open.
 */
@Component
class LegacyCouncilRounds {

    private static final Logger log = LoggerFactory.getLogger(LegacyCouncilRounds.class);

    private final CouncilRounds rounds;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Officials officials;
    private final Catalog catalog;
    private final TransactionTemplate transactions;

    LegacyCouncilRounds(CouncilRounds rounds, TaskService tasks, RuntimeService runtime, HistoryService history, Officials officials,
                        Catalog catalog, TransactionTemplate transactions) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.officials = officials;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    /** Every meeting open at start-up (its secretary's task is open) without a round gets its roster now. */
    @EventListener(ApplicationReadyEvent.class)
    void upgradeOpenMeetings() {
        Set<String> instances = new LinkedHashSet<>();
        for (Task t : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskDefinitionKey(RECORD_WRITTEN_BALLOTS).list()) {
            instances.add(t.getProcessInstanceId());
        }
        for (String instance : instances) {
            try {
                transactions.executeWithoutResult(s -> ensureRound(instance));
            } catch (RuntimeException e) {
                log.error("Không lập được danh sách thành viên Hội đồng cho phiên quy trình {} / could not build the council roster", instance, e);
            }
        }
    }

    /** Gives the instance's current (or just ended) meeting a round if the instance has never had one. */
    void ensureRound(String processInstanceId) {
        if (rounds.hasRound(processInstanceId)) {
            return;
        }
        List<HistoricActivityInstance> meetings = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(COUNCIL_MEETING).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
        if (meetings.isEmpty()) {
            return;
        }
        HistoricActivityInstance meeting = meetings.get(0);
        String source = "upgrade: assignees of the councilVote tasks created at opening";
        Set<String> ids = new LinkedHashSet<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(COUNCIL_VOTE).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (t.getAssignee() != null && !t.getStartTime().before(meeting.getStartTime())) {
                ids.add(t.getAssignee());
            }
        }
        if (ids.isEmpty()) {
            source = "upgrade: councilMembers variable of the instance";
            variable(processInstanceId, COUNCIL_MEMBERS).filter(Collection.class::isInstance)
                    .ifPresent(v -> ((Collection<?>) v).forEach(m -> ids.add(String.valueOf(m))));
        }
        if (ids.isEmpty()) {
            log.warn("Phiên quy trình {}: phiên họp Hội đồng mở trước V9 nhưng không tìm được thành viên / no members found for a council "
                    + "meeting opened before V9", processInstanceId);
            return;
        }
        String unit = variable(processInstanceId, COUNCIL_UNIT).map(String::valueOf).orElse(null);
        boolean secret = variable(processInstanceId, AWARD_KIND_CODE).flatMap(k -> catalog.awardKind(String.valueOf(k)))
                .map(AwardKind::secretBallot).orElse(false);
        String code = businessKey(processInstanceId);
        if (unit == null || code == null) {
            log.warn("Phiên quy trình {}: thiếu đơn vị Hội đồng hoặc mã hồ sơ, không lập được danh sách / no council unit or code", processInstanceId);
            return;
        }
        List<CouncilRounds.Member> members = new ArrayList<>();
        for (String id : ids) {
            members.add(new CouncilRounds.Member(id, officials.find(id).map(Official::displayName).orElse(id)));
        }
        rounds.openExisting(code, processInstanceId, unit, secret, source, members);
    }

    private Optional<Object> variable(String processInstanceId, String name) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (running != null) {
            return Optional.ofNullable(runtime.getVariable(processInstanceId, name));
        }
        HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
                .listPage(0, 1).stream().findFirst().orElse(null);
        return Optional.ofNullable(v == null ? null : v.getValue());
    }

    private String businessKey(String processInstanceId) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (running != null) {
            return running.getBusinessKey();
        }
        var historic = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return historic == null ? null : historic.getBusinessKey();
    }
}
