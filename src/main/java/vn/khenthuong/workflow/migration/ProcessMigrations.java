package vn.khenthuong.workflow.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.audit.ProcessMigrationRun;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.migration.MigrationRefusedException.Problem;
import vn.khenthuong.workflow.migration.MigrationWording.Reason;

/**
 * Process versions, migration plans with a preview, and the migration itself, all as the administrator who asks (the
 * engine records them as the actor; its authorizations and the variable guard see an administrator). The caller
 * (the controller) has checked the role.
 */
@Component
class ProcessMigrations {

    static final String MI_BODY = "#multiInstanceBody";
    private static final int CHUNK = 200;
    static final int MAX_MAPPINGS = 200;
    static final int MAX_SELECTION = 10_000;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;
    private final Dossiers dossiers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final MigrationProperties properties;

    ProcessMigrations(ProcessEngine processEngine, Dossiers dossiers, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                      MigrationProperties properties) {
        this.repositoryService = processEngine.getRepositoryService();
        this.runtimeService = processEngine.getRuntimeService();
        this.managementService = processEngine.getManagementService();
        this.historyService = processEngine.getHistoryService();
        this.identityService = processEngine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.dossiers = dossiers;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    // ---- what the API answers ---------------------------------------------------------------------------------------

    record Version(String id, int version, String versionTag, String deploymentId, String deploymentName, Instant deployedAt, long running) {
    }

    record ProcessVersions(String key, String name, List<Version> versions) {
    }

    /** The administrator's mapping of a step whose id changed: source activity id → target activity id. */
    record Mapping(String source, String target) {
    }

    record PlanRequest(String sourceDefinitionId, String targetDefinitionId, List<Mapping> mappings) {
    }

    record Side(String id, String key, String name, int version) {
    }

    /** One row of the plan; {@code explicit}: the administrator's, otherwise the same id on both sides. */
    record Instruction(String source, String sourceName, String target, String targetName, boolean explicit) {
    }

    /** A step of one side: its id, name, kind (Vietnamese), and how many nominations wait there (source side). */
    record Step(String id, String name, String kind, int waiting) {
    }

    record Nomination(String processInstanceId, String code, String nomineeName, String unitCode, String unitName, String awardKindName,
                      List<String> waitingAt, boolean movable, List<String> reasons, List<String> reasonsEn) {
    }

    /** The nominations waiting at one source step, where that step goes, and how many can move. */
    record Group(String activityId, String activityName, String targetId, String targetName, int count, int movable, List<Nomination> nominations) {
    }

    record Preview(Side source, Side target, List<Instruction> instructions, List<Step> unmappedSource, List<Step> newInTarget,
                   List<Step> targetSteps, List<Group> waiting, int running, int movable, int blocked) {
    }

    record MigrateRequest(String sourceDefinitionId, String targetDefinitionId, List<Mapping> mappings, Boolean all,
                          List<String> processInstanceIds) {
        PlanRequest plan() {
            return new PlanRequest(sourceDefinitionId, targetDefinitionId, mappings);
        }
    }

    record Moved(String processInstanceId, String code) {
    }

    record Refused(String processInstanceId, String code, List<String> reasons, List<String> reasonsEn) {
    }

    record Progress(String batchId, int total, int completed, int failed, int remaining, boolean done, Instant started, Instant ended,
                    List<String> failures) {
    }

    /** What a run did: moved at once ({@code SYNC}) or handed to a batch ({@code BATCH}, {@code moved} = queued). */
    record Outcome(String mode, int requested, List<Moved> moved, List<Refused> refused, String batchId, Progress progress) {
    }

    // ---- versions ---------------------------------------------------------------------------------------------------

    List<ProcessVersions> processes(String adminId) {
        return ActingUser.as(identityService, adminId, () -> {
            List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                    .orderByProcessDefinitionVersion().desc().list();
            Map<String, Deployment> deployments = new HashMap<>();
            Map<String, List<Version>> byKey = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (ProcessDefinition d : definitions) {
                Deployment deployment = deployments.computeIfAbsent(d.getDeploymentId(),
                        id -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult());
                long running = runtimeService.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
                byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(new Version(d.getId(), d.getVersion(), d.getVersionTag(),
                        d.getDeploymentId(), deployment == null ? null : deployment.getName(),
                        deployment == null || deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(), running));
                names.putIfAbsent(d.getKey(), d.getName());
            }
            return byKey.entrySet().stream().map(e -> new ProcessVersions(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        });
    }

    // ---- plan and preview -------------------------------------------------------------------------------------------

    /** A checked request turned into Camunda's plan, with both diagrams for names. */
    private record Plan(ProcessDefinition source, ProcessDefinition target, BpmnModelInstance sourceModel, BpmnModelInstance targetModel,
                       MigrationPlan plan, Map<String, String> explicit) {
    }

    Preview preview(String adminId, PlanRequest request) {
        Plan p = plan(adminId, request);
        List<String> ids = ActingUser.as(identityService, adminId, () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionId(p.source().getId()).orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList());
        Map<String, PreviewCheck.Result> checks = check(adminId, p.plan(), ids);
        Map<String, String> codes = businessKeys(adminId, ids);
        Map<String, Dossiers.Card> cards = dossiers.cards(codes.values());
        Map<String, String> targetOf = new HashMap<>();
        p.plan().getInstructions().forEach(i -> targetOf.put(i.getSourceActivityId(), i.getTargetActivityId()));

        Map<String, List<Nomination>> byActivity = new TreeMap<>();
        Map<String, Integer> waitingCount = new HashMap<>();
        int movable = 0;
        int running = 0;
        for (String id : ids) {
            PreviewCheck.Result r = checks.get(id);
            if (r == null || !r.running()) {
                continue;
            }
            running++;
            if (r.movable()) {
                movable++;
            }
            Nomination n = nomination(p, id, codes.get(id), cards, r);
            Set<String> at = r.waitingAt().isEmpty() ? Set.of("") : r.waitingAt();
            for (String activity : at) {
                byActivity.computeIfAbsent(activity, a -> new ArrayList<>()).add(n);
                waitingCount.merge(activity, 1, Integer::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        byActivity.forEach((activity, list) -> {
            String target = targetOf.get(activity);
            groups.add(new Group(activity, name(p.sourceModel(), activity), target, target == null ? null : name(p.targetModel(), target), list.size(),
                    (int) list.stream().filter(Nomination::movable).count(), list));
        });
        groups.sort(Comparator.comparingInt((Group g) -> order(p.sourceModel(), g.activityId())).thenComparing(Group::activityId));

        List<Instruction> instructions = p.plan().getInstructions().stream().filter(i -> !i.getSourceActivityId().endsWith(MI_BODY))
                .map(i -> new Instruction(i.getSourceActivityId(), name(p.sourceModel(), i.getSourceActivityId()), i.getTargetActivityId(),
                        name(p.targetModel(), i.getTargetActivityId()), p.explicit().containsKey(i.getSourceActivityId())))
                .sorted(Comparator.comparingInt((Instruction i) -> order(p.sourceModel(), i.source())).thenComparing(Instruction::source)).toList();
        Set<String> mappedSources = new HashSet<>();
        Set<String> mappedTargets = new HashSet<>();
        p.plan().getInstructions().forEach(i -> {
            mappedSources.add(i.getSourceActivityId());
            mappedTargets.add(i.getTargetActivityId());
        });
        List<Step> unmapped = waitable(p.sourceModel()).stream().filter(n -> !mappedSources.contains(n.getId()))
                .map(n -> step(n, waitingCount.getOrDefault(n.getId(), 0))).toList();
        List<Step> added = waitable(p.targetModel()).stream().filter(n -> !mappedTargets.contains(n.getId())).map(n -> step(n, 0)).toList();
        List<Step> targetSteps = waitable(p.targetModel()).stream().map(n -> step(n, 0)).toList();
        return new Preview(side(p.source()), side(p.target()), instructions, unmapped, added, targetSteps, groups, running, movable, running - movable);
    }

    private Nomination nomination(Plan p, String id, String code, Map<String, Dossiers.Card> cards, PreviewCheck.Result r) {
        Dossiers.Card card = code == null ? null : cards.get(code);
        List<Reason> reasons = reasons(p.sourceModel(), r.failures());
        return new Nomination(id, code, card == null ? null : card.nomineeName(), card == null ? null : card.unitCode(),
                card == null ? null : card.unitName(), card == null ? null : card.awardKindName(), List.copyOf(r.waitingAt()), r.movable(),
                reasons.stream().map(Reason::vi).toList(), reasons.stream().map(Reason::en).toList());
    }

    /** Each failure with the step it concerns, in Vietnamese; the same failure of many council members' ballots once. */
    private static List<Reason> reasons(BpmnModelInstance model, List<PreviewCheck.Failure> failures) {
        Set<Reason> reasons = new LinkedHashSet<>();
        for (PreviewCheck.Failure f : failures) {
            Reason r = MigrationWording.of(f.message());
            reasons.add(f.activityId() == null ? r
                    : new Reason("Bước «" + name(model, f.activityId()) + "» (" + f.activityId() + "): " + r.vi(), f.activityId() + ": " + r.en()));
        }
        return List.copyOf(reasons);
    }

    private Plan plan(String adminId, PlanRequest request) {
        if (request == null) {
            throw MigrationRefusedException.badRequest("Thiếu nội dung yêu cầu", "request body required", List.of());
        }
        List<Problem> problems = new ArrayList<>();
        String sourceId = request.sourceDefinitionId();
        String targetId = request.targetDefinitionId();
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > 64) {
            problems.add(new Problem("sourceDefinitionId", "Chọn phiên bản nguồn", "source version required"));
        }
        if (targetId == null || targetId.isBlank() || targetId.length() > 64) {
            problems.add(new Problem("targetDefinitionId", "Chọn phiên bản đích", "target version required"));
        }
        List<Mapping> mappings = request.mappings() == null ? List.of() : request.mappings();
        if (mappings.size() > MAX_MAPPINGS) {
            problems.add(new Problem("mappings", "Nhiều nhất " + MAX_MAPPINGS + " ánh xạ", "at most " + MAX_MAPPINGS + " mappings"));
        }
        if (!problems.isEmpty()) {
            throw MigrationRefusedException.badRequest("Yêu cầu chưa đủ", "incomplete request", problems);
        }
        return ActingUser.as(identityService, adminId, () -> {
            ProcessDefinition source = definition(sourceId, "sourceDefinitionId", "nguồn", "source");
            ProcessDefinition target = definition(targetId, "targetDefinitionId", "đích", "target");
            if (!source.getKey().equals(target.getKey())) {
                throw MigrationRefusedException.badRequest("Hai phiên bản phải của cùng một quy trình",
                        "both versions must be of the same process", List.of(new Problem("targetDefinitionId",
                                "Phiên bản đích thuộc quy trình " + target.getKey() + ", không phải " + source.getKey(), "target is of process " + target.getKey())));
            }
            if (source.getId().equals(target.getId())) {
                throw MigrationRefusedException.badRequest("Phiên bản nguồn và đích trùng nhau", "source and target are the same version",
                        List.of(new Problem("targetDefinitionId", "Chọn một phiên bản khác phiên bản nguồn", "choose another version")));
            }
            BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
            BpmnModelInstance targetModel = repositoryService.getBpmnModelInstance(target.getId());
            Map<String, String> explicit = new LinkedHashMap<>();
            for (int i = 0; i < mappings.size(); i++) {
                Mapping m = mappings.get(i);
                String field = "mappings[" + i + "]";
                if (m == null || m.source() == null || m.source().isBlank() || m.target() == null || m.target().isBlank()) {
                    problems.add(new Problem(field, "Ánh xạ cần cả bước nguồn và bước đích", "a mapping needs a source and a target"));
                    continue;
                }
                if (!(sourceModel.getModelElementById(m.source()) instanceof FlowNode)) {
                    problems.add(new Problem(field + ".source", "Phiên bản nguồn không có bước «" + m.source() + "»", "no step " + m.source() + " in the source version"));
                }
                if (!(targetModel.getModelElementById(m.target()) instanceof FlowNode)) {
                    problems.add(new Problem(field + ".target", "Phiên bản đích không có bước «" + m.target() + "»", "no step " + m.target() + " in the target version"));
                }
                if (explicit.put(m.source(), m.target()) != null) {
                    problems.add(new Problem(field + ".source", "Bước «" + m.source() + "» được ánh xạ hai lần", "step " + m.source() + " mapped twice"));
                }
            }
            if (!problems.isEmpty()) {
                throw MigrationRefusedException.badRequest("Ánh xạ chưa đúng", "mappings refused", problems);
            }
            return new Plan(source, target, sourceModel, targetModel, build(source, target, sourceModel, targetModel, explicit), explicit);
        });
    }

    private ProcessDefinition definition(String id, String field, String sideVi, String sideEn) {
        ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (d == null) {
            throw new MigrationRefusedException(HttpStatus.NOT_FOUND, "Không có phiên bản " + sideVi + " " + id, "no " + sideEn + " version " + id,
                    List.of(new Problem(field, "Không có phiên bản này", "no such version")));
        }
        return d;
    }

    /**
     * Camunda's equal-id mapping, with the administrator's mappings taking the place of any it generated for the same
     * source step (so a step can also be redirected); a mapped multi-instance step brings its body along, as Modeler
     * shows one step where the engine has two.
     */
    private MigrationPlan build(ProcessDefinition source, ProcessDefinition target, BpmnModelInstance sourceModel, BpmnModelInstance targetModel,
                                Map<String, String> explicit) {
        Map<String, String> all = new LinkedHashMap<>(explicit);
        explicit.forEach((s, t) -> {
            if (multiInstance(sourceModel, s) && multiInstance(targetModel, t)) {
                all.putIfAbsent(s + MI_BODY, t + MI_BODY);
            }
        });
        List<MigrationInstruction> generated = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build().getInstructions();
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId());
        for (MigrationInstruction i : generated) {
            if (!all.containsKey(i.getSourceActivityId())) {
                MigrationInstructionBuilder b = builder.mapActivities(i.getSourceActivityId(), i.getTargetActivityId());
                builder = i.isUpdateEventTrigger() ? b.updateEventTrigger() : b;
            }
        }
        for (Map.Entry<String, String> e : all.entrySet()) {
            builder = builder.mapActivities(e.getKey(), e.getValue());
        }
        try {
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            List<Problem> problems = new ArrayList<>();
            for (MigrationInstructionValidationReport r : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction i = r.getMigrationInstruction();
                for (String failure : r.getFailures()) {
                    Reason reason = MigrationWording.of(failure);
                    problems.add(new Problem(i.getSourceActivityId() + " → " + i.getTargetActivityId(),
                            "«" + name(sourceModel, i.getSourceActivityId()) + "» → «" + name(targetModel, i.getTargetActivityId()) + "»: " + reason.vi(),
                            reason.en()));
                }
            }
            e.getValidationReport().getVariableReports().forEach((name, r) -> r.getFailures().forEach(f ->
                    problems.add(new Problem(name, "Biến «" + name + "»: " + MigrationWording.of(f).vi(), f))));
            throw MigrationRefusedException.badRequest("Camunda không chấp nhận kế hoạch chuyển phiên bản này",
                    "Camunda refused the migration plan", problems);
        }
    }

    /** Each instance through Camunda's own checks, in a transaction rolled back afterwards. */
    private Map<String, PreviewCheck.Result> check(String adminId, MigrationPlan plan, List<String> ids) {
        Map<String, PreviewCheck.Result> results = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            PreviewCheck check = new PreviewCheck(engine.getCommandExecutorTxRequired(), plan, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            transaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                ActingUser.as(identityService, adminId, () -> engine.getCommandExecutorTxRequired().execute(check));
            });
            results.putAll(check.results());
        }
        return results;
    }

    private Map<String, String> businessKeys(String adminId, List<String> ids) {
        Map<String, String> keys = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            Set<String> slice = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            ActingUser.as(identityService, adminId, () -> runtimeService.createProcessInstanceQuery().processInstanceIds(slice).list())
                    .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
        }
        return keys;
    }

    // ---- migration --------------------------------------------------------------------------------------------------

    Outcome migrate(String adminId, MigrateRequest request) {
        if (request == null) {
            throw MigrationRefusedException.badRequest("Thiếu nội dung yêu cầu", "request body required", List.of());
        }
        boolean all = Boolean.TRUE.equals(request.all());
        List<String> selection = request.processInstanceIds() == null ? List.of() : request.processInstanceIds();
        if (all == !selection.isEmpty()) {
            throw MigrationRefusedException.badRequest("Chọn chuyển tất cả hoặc chọn từng hồ sơ (không cả hai)", "give either all=true or processInstanceIds",
                    List.of(new Problem("processInstanceIds", "Chọn ít nhất một hồ sơ, hoặc chọn chuyển tất cả", "select instances or all")));
        }
        if (selection.size() > MAX_SELECTION || selection.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 64)) {
            throw MigrationRefusedException.badRequest("Danh sách hồ sơ không hợp lệ", "invalid processInstanceIds",
                    List.of(new Problem("processInstanceIds", "Tối đa " + MAX_SELECTION + " mã phiên, mỗi mã không rỗng, tối đa 64 ký tự",
                            "at most " + MAX_SELECTION + " non-blank ids of at most 64 characters")));
        }
        Plan p = plan(adminId, request.plan());
        List<String> ids = all
                ? ActingUser.as(identityService, adminId, () -> runtimeService.createProcessInstanceQuery().processDefinitionId(p.source().getId())
                        .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList())
                : List.copyOf(new LinkedHashSet<>(selection));
        Map<String, PreviewCheck.Result> checks = check(adminId, p.plan(), ids);
        Map<String, String> codes = businessKeys(adminId, ids);
        List<String> movable = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (String id : ids) {
            PreviewCheck.Result r = checks.get(id);
            if (r == null || !r.running()) {
                refused.add(new Refused(id, codes.get(id), List.of("Hồ sơ không còn chạy (đã kết thúc hoặc bị xoá)"),
                        List.of("the process instance is not running")));
            } else if (!r.movable()) {
                List<Reason> reasons = reasons(p.sourceModel(), r.failures());
                refused.add(new Refused(id, codes.get(id), reasons.stream().map(Reason::vi).toList(), reasons.stream().map(Reason::en).toList()));
            } else {
                movable.add(id);
            }
        }
        if (movable.size() > properties.synchronousLimit()) {
            return inBatch(adminId, p, ids.size(), movable, codes, refused);
        }
        List<Moved> moved = new ArrayList<>();
        for (String id : movable) {
            try {
                // One instance per command: each moves, with its trail row, or not at all; the others go on.
                ActingUser.as(identityService, adminId, () -> {
                    runtimeService.newMigration(p.plan()).processInstanceIds(id).execute();
                    return null;
                });
                moved.add(new Moved(id, codes.get(id)));
            } catch (MigratingProcessInstanceValidationException e) {
                // It changed between the check and the move (a step completed meanwhile).
                List<Reason> reasons = reasons(p.sourceModel(), failures(e));
                refused.add(new Refused(id, codes.get(id), reasons.stream().map(Reason::vi).toList(), reasons.stream().map(Reason::en).toList()));
            } catch (ProcessEngineException e) {
                Reason reason = MigrationWording.of(e.getMessage());
                refused.add(new Refused(id, codes.get(id), List.of(reason.vi()), List.of(reason.en())));
            }
        }
        transaction.executeWithoutResult(status -> events.publishEvent(run(adminId, p, "SYNC", ids.size(),
                moved.stream().map(m -> label(m.code(), m.processInstanceId())).toList(), refused, null)));
        return new Outcome("SYNC", ids.size(), moved, refused, null, null);
    }

    private Outcome inBatch(String adminId, Plan p, int requested, List<String> movable, Map<String, String> codes, List<Refused> refused) {
        // The batch and its audit row commit together.
        Batch batch = transaction.execute(status -> {
            Batch b = ActingUser.as(identityService, adminId, () -> runtimeService.newMigration(p.plan()).processInstanceIds(movable).executeAsync());
            events.publishEvent(run(adminId, p, "BATCH", requested, movable.stream().map(id -> label(codes.get(id), id)).toList(), refused, b.getId()));
            return b;
        });
        List<Moved> queued = movable.stream().map(id -> new Moved(id, codes.get(id))).toList();
        return new Outcome("BATCH", requested, queued, refused, batch.getId(), progress(adminId, batch.getId()));
    }

    private static String label(String code, String processInstanceId) {
        return code == null ? processInstanceId : code;
    }

    private static ProcessMigrationRun run(String adminId, Plan p, String mode, int requested, List<String> moved, List<Refused> refused, String batchId) {
        Map<String, String> refusedReasons = new LinkedHashMap<>();
        refused.forEach(r -> refusedReasons.put(label(r.code(), r.processInstanceId()), String.join("; ", r.reasons())));
        return new ProcessMigrationRun(adminId, p.source().getKey(), p.source().getId(), p.source().getVersion(), p.target().getId(),
                p.target().getVersion(), mode, p.explicit(), requested, moved, refusedReasons, batchId);
    }

    private static List<PreviewCheck.Failure> failures(MigratingProcessInstanceValidationException e) {
        List<PreviewCheck.Failure> failures = new ArrayList<>();
        e.getValidationReport().getFailures().forEach(f -> failures.add(new PreviewCheck.Failure(null, f)));
        for (MigratingActivityInstanceValidationReport a : e.getValidationReport().getActivityInstanceReports()) {
            a.getFailures().forEach(f -> failures.add(new PreviewCheck.Failure(a.getSourceScopeId(), f)));
        }
        for (MigratingTransitionInstanceValidationReport t : e.getValidationReport().getTransitionInstanceReports()) {
            t.getFailures().forEach(f -> failures.add(new PreviewCheck.Failure(t.getSourceScopeId(), f)));
        }
        return failures;
    }

    // ---- batch progress ---------------------------------------------------------------------------------------------

    Progress progress(String adminId, String batchId) {
        return ActingUser.as(identityService, adminId, () -> {
            BatchStatistics s = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
            if (s != null) {
                if (!Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(s.getType())) {
                    throw notFound(batchId);
                }
                List<String> failures = managementService.createJobQuery().jobDefinitionId(s.getBatchJobDefinitionId()).noRetriesLeft().list().stream()
                        .map(Job::getExceptionMessage).map(m -> MigrationWording.of(m).vi()).distinct().toList();
                return new Progress(batchId, s.getTotalJobs(), s.getCompletedJobs(), s.getFailedJobs(), s.getRemainingJobs(), false,
                        s.getStartTime() == null ? null : s.getStartTime().toInstant(), null, failures);
            }
            HistoricBatch h = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
            if (h == null || !Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(h.getType())) {
                throw notFound(batchId);
            }
            boolean done = h.getEndTime() != null;
            return new Progress(batchId, h.getTotalJobs(), done ? h.getTotalJobs() : 0, 0, done ? 0 : h.getTotalJobs(), done,
                    h.getStartTime() == null ? null : h.getStartTime().toInstant(), done ? h.getEndTime().toInstant() : null, List.of());
        });
    }

    private static MigrationRefusedException notFound(String batchId) {
        return new MigrationRefusedException(HttpStatus.NOT_FOUND, "Không có lô chuyển phiên bản " + batchId, "no migration batch " + batchId, List.of());
    }

    // ---- names from the diagrams ------------------------------------------------------------------------------------

    private static Side side(ProcessDefinition d) {
        return new Side(d.getId(), d.getKey(), d.getName(), d.getVersion());
    }

    /** Steps where a nomination can wait: tasks, sub-processes, catching events, event gateways. */
    private static List<FlowNode> waitable(BpmnModelInstance model) {
        List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class).stream()
                .filter(n -> n instanceof Activity || n instanceof IntermediateCatchEvent || n instanceof BoundaryEvent || n instanceof EventBasedGateway)
                .toList());
        nodes.sort(Comparator.comparingInt((FlowNode n) -> order(model, n.getId())).thenComparing(FlowNode::getId));
        return nodes;
    }

    private static Step step(FlowNode node, int waiting) {
        return new Step(node.getId(), node.getName() == null ? node.getId() : node.getName(), kind(node), waiting);
    }

    static String kind(FlowNode node) {
        return switch (node.getElementType().getTypeName()) {
            case "userTask" -> "Nhiệm vụ người dùng";
            case "serviceTask" -> "Bước tự động";
            case "businessRuleTask" -> "Bảng quyết định (DMN)";
            case "subProcess" -> "Quy trình con";
            case "callActivity" -> "Gọi quy trình khác";
            case "boundaryEvent" -> "Sự kiện gắn vào bước";
            case "intermediateCatchEvent" -> "Sự kiện chờ";
            case "eventBasedGateway" -> "Cổng chờ sự kiện";
            case "receiveTask" -> "Bước chờ thông điệp";
            default -> node.getElementType().getTypeName();
        };
    }

    /** The name on the diagram; a multi-instance body is shown as its step. */
    static String name(BpmnModelInstance model, String activityId) {
        if (activityId == null || activityId.isEmpty()) {
            return "(không xác định)";
        }
        boolean body = activityId.endsWith(MI_BODY);
        String id = body ? activityId.substring(0, activityId.length() - MI_BODY.length()) : activityId;
        String name = model.getModelElementById(id) instanceof FlowNode n && n.getName() != null ? n.getName() : id;
        return body ? name + " (khối nhiều phiên)" : name;
    }

    /** Where the step's shape sits on the diagram, left to right, so lists read in the order of the route. */
    private static int order(BpmnModelInstance model, String activityId) {
        if (activityId == null) {
            return Integer.MAX_VALUE;
        }
        String id = activityId.endsWith(MI_BODY) ? activityId.substring(0, activityId.length() - MI_BODY.length()) : activityId;
        return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() != null && id.equals(s.getBpmnElement().getId()) && s.getBounds() != null)
                .mapToInt(s -> s.getBounds().getX().intValue()).findFirst().orElse(Integer.MAX_VALUE);
    }

    private static boolean multiInstance(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof Activity a && a.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
    }
}
