package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;

/** Drives nominations through the real engine as the demo users would, for the process tests. */

public class ProcessDriver {

    /** The smallest valid PDF: enough for a document row whose content is checked by magic bytes. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final RuntimeService runtimeService;
    final TaskService taskService;
    final IdentityService identityService;
    final NominationWorkflow workflow;
    final JdbcTemplate jdbc;
    final vn.khenthuong.council.Ballots ballots;

    public ProcessDriver(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                  NominationWorkflow workflow, JdbcTemplate jdbc, vn.khenthuong.council.Ballots ballots) {
        this.ballots = ballots;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID_NUMBER = new java.util.concurrent.atomic.AtomicLong(12345678901L);

    /** Another person each time (another CCCD): the same nominee may not be proposed twice for one award and year. */
    public static String nextIdNumber() {
        return String.format("%012d", NEXT_ID_NUMBER.getAndIncrement());
    }

    public static NewDossier individual(String awardKind) {
        String idNumber = nextIdNumber();
        return new NewDossier(awardKind, null, "PERIODIC", NomineeKind.INDIVIDUAL, "Giàng A Chứ", idNumber, 1985, "MALE",
                "Trưởng bản Pu Sam Cáp", "Bản Pu Sam Cáp, xã Pu Sam Cáp", null, null, null,
                "Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.", 2019);
    }

    public String start(String awardKind) {
        String code = workflow.start(individual(awardKind), "xa.pusamcap");
        meetPrerequisites(code);
        return code;
    }

    /** The nominee's LĐTT and six colleagues': seven more LĐTT in the unit's year make one more CSTĐ cơ sở slot (15%, rounded down). */
    private static void laborTitleWithQuotaRoom(vn.khenthuong.testsupport.Registry registry, String unit, int year, String name, String id) {
        registry.award(unit, "LDTT", year, "PERIODIC", name, id);
        for (int i = 0; i < 6; i++) {
            registry.award(unit, "LDTT", year, "PERIODIC", "Đồng nghiệp " + i, nextIdNumber());
        }
    }

    /**
     * Writes the registry history that processes/eligibility.dmn and quota.dmn ask of this nominee, so that a route
     * test is not stopped by eligibility: LĐTT of the year (with six colleagues, one more CSTĐ cơ sở slot) for
     * CSTĐ cơ sở, three years of CSTĐ cơ sở for CSTĐ cấp tỉnh, two CSTĐ cấp tỉnh for CSTĐ toàn quốc.
     */
    public void meetPrerequisites(String code) {
        Map<String, Object> n = jdbc.queryForMap("select award_kind_code, unit_code, year, nominee_name, nominee_id_number from nomination where code = ?", code);
        String kind = (String) n.get("award_kind_code");
        String unit = (String) n.get("unit_code");
        int year = ((Number) n.get("year")).intValue();
        String name = (String) n.get("nominee_name");
        String id = (String) n.get("nominee_id_number");
        vn.khenthuong.testsupport.Registry registry = new vn.khenthuong.testsupport.Registry(jdbc);
        switch (kind) {
            case "CSTD_CS" -> laborTitleWithQuotaRoom(registry, unit, year, name, id);
            case "CSTD_TINH" -> {
                // each earlier CSTĐ cơ sở came with its LĐTT and its own quota room, so it takes no slot from others
                for (int y = year - 2; y <= year; y++) {
                    laborTitleWithQuotaRoom(registry, unit, y, name, id);
                    registry.award(unit, "CSTD_CS", y, "PERIODIC", name, id);
                }
            }
            case "CSTD_TQ" -> {
                registry.award(unit, "CSTD_TINH", year - 3, "PERIODIC", name, id);
                registry.award(unit, "CSTD_TINH", year, "PERIODIC", name, id);
            }
            default -> {
                // no registry prerequisite that stops the dossier
            }
        }
    }

    public ProcessInstance instance(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    }

    /** Adds one document of every kind the award requires (directly in the table, as an upload would). */
    public void attachRequiredDocuments(String code) {
        String required = jdbc.queryForObject("select k.required_documents from nomination n join award_kind k on k.code = n.award_kind_code where n.code = ?",
                String.class, code);
        Long id = jdbc.queryForObject("select id from nomination where code = ?", Long.class, code);
        for (String kind : required.split(",")) {
            if (kind.isBlank()) {
                continue;
            }
            jdbc.update("insert into nomination_document (nomination_id, kind, file_name, content_type, size_bytes, sha256, content, doc_version, uploaded_by, uploaded_at) "
                            + "values (?, ?, ?, 'application/pdf', ?, ?, ?, 1, 'xa.pusamcap', ?)",
                    id, kind.trim(), kind.trim().toLowerCase() + ".pdf", PDF.length, "0".repeat(64), PDF, Timestamp.from(Instant.now()));
        }
    }

    public Task task(String code, String taskKey, String assignee) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).list();
        return tasks.stream().filter(t -> assignee == null || assignee.equals(t.getAssignee())).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + taskKey + " for " + code + (assignee == null ? "" : " of " + assignee)));
    }

    public void complete(String user, String code, String taskKey, Map<String, Object> variables) {
        Task task = task(code, taskKey, NominationProcess.COUNCIL_VOTE.equals(taskKey) ? user : null);
        as(user, () -> taskService.complete(task.getId(), variables));
    }

    public void review(String user, String code, String taskKey, String outcome, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.OUTCOME, outcome);
        v.put(NominationProcess.COMMENT, comment);
        complete(user, code, taskKey, v);
    }

    /**
     * Votes as the member. A secret ballot goes the way the form sends it (the ballot box, then the task completed
     * without a vote, as POST /api/council/ballots does); an open one as a REST client's task variable.
     */
    public void vote(String code, String member, String vote) {
        Task task = task(code, NominationProcess.COUNCIL_VOTE, member);
        if (Boolean.TRUE.equals(taskService.getVariable(task.getId(), NominationProcess.SECRET_BALLOT))) {
            ballots.castOwn(task.getProcessInstanceId(), member, vote);
            as(member, () -> taskService.complete(task.getId()));
        } else {
            complete(member, code, NominationProcess.COUNCIL_VOTE, Map.of(NominationProcess.VOTE, vote));
        }
    }

    /**
     * The secretary marks {@code member} absent with the paper's reference and records their written ballot; the
     * member's vote task is then closed by the system, as POST /api/council/meetings/{taskId}/written-ballots does.
     */
    public void writtenBallot(String code, String secretary, String member, String vote, String reference) {
        Task task = task(code, NominationProcess.COUNCIL_VOTE, member);
        ballots.markAbsent(task.getProcessInstanceId(), member, reference, secretary);
        ballots.castWritten(task.getProcessInstanceId(), member, vote, null, secretary);
        taskService.complete(task.getId());
    }

    /** From start to the council vote, approving at commune and district. */
    public String toCouncilVote(String awardKind) {
        String code = start(awardKind);
        attachRequiredDocuments(code);
        complete("xa.pusamcap", code, NominationProcess.PREPARE_DOSSIER, Map.of());
        review("xa.pusamcap", code, NominationProcess.COMMUNE_REVIEW, "approve", "Đủ điều kiện");
        review("huyen.sinho", code, NominationProcess.DISTRICT_REVIEW, "approve", null);
        assertThat(workflow.currentSteps(code)).contains(NominationProcess.COUNCIL_VOTE, NominationProcess.RECORD_WRITTEN_BALLOTS);
        return code;
    }

    public String toAppraisal(String awardKind) {
        String code = toCouncilVote(awardKind);
        for (int i = 1; i <= 5; i++) {
            vote(code, "hd.sinho." + i, "yes");
        }
        closeMeeting(code, "hd.sinho.1");
        conclude(code, "hd.sinho.1", NominationProcess.CONCLUSION_PROPOSE, null, null);
        return code;
    }

    /** The council secretary ends the meeting (after recording any written ballots). */
    public void closeMeeting(String code, String secretary) {
        complete(secretary, code, NominationProcess.RECORD_WRITTEN_BALLOTS, Map.of());
    }

    public void conclude(String code, String secretary, String conclusion, String newAwardKind, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.CONCLUSION, conclusion);
        v.put(NominationProcess.NEW_AWARD_KIND_CODE, newAwardKind);
        v.put(NominationProcess.COMMENT, comment);
        complete(secretary, code, NominationProcess.COUNCIL_CONCLUSION, v);
    }

    public void as(String user, Runnable work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public String status(String code) {
        return jdbc.queryForObject("select status from nomination where code = ?", String.class, code);
    }

    public String closingReason(String code) {
        return jdbc.queryForObject("select closing_reason from nomination where code = ?", String.class, code);
    }
}
