package vn.khenthuong.security;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real nominations brought to each step through the real engine over HTTP, as the demo users would: filed on
 * /api, documents uploaded, each task completed by its user with what its form sends, council ballots cast on
 * /api/council/ballots. Built once; an attempt that got through spoils its nomination, which is then rebuilt
 * before the next row that needs it.
 */
final class Fixtures {

    /** Where a nomination waits, and who may act there. */
    enum Stage {
        COMMUNE_REVIEW("communeReview", "xa.pusamcap"),
        DISTRICT_REVIEW("districtReview", "huyen.sinho"),
        COUNCIL_VOTE("councilVote", "hd.sinho.2"),
        APPRAISAL("provincialAppraisal", "tinh.thamdinh"),
        DECISION("decision", "tinh.chutich");

        final String taskKey;
        /** The user whose task it is (for the council: one member among five). */
        final String owner;

        Stage(String taskKey, String owner) {
            this.taskKey = taskKey;
            this.owner = owner;
        }
    }

    record Nomination(String code, String instanceId) {
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final List<String> SINHO_COUNCIL = List.of("hd.sinho.1", "hd.sinho.2", "hd.sinho.3", "hd.sinho.4", "hd.sinho.5");
    static final String SINHO_SECRETARY = "hd.sinho.1";

    private static final AtomicLong NEXT_ID = new AtomicLong(79_000_000_001L);

    private final AttackHttp http;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Map<Stage, Nomination> built = new EnumMap<>(Stage.class);
    int rebuilt;
    int builds;

    Fixtures(AttackHttp http, TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc) {
        this.http = http;
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** The nomination waiting at {@code stage}, built (again) if need be. */
    Nomination at(Stage stage) {
        Nomination n = built.get(stage);
        if (n == null) {
            n = build(stage);
            built.put(stage, n);
            builds++;
        }
        return n;
    }

    /** Forgets the stage's nomination: the next row that needs it gets a fresh one. */
    void spoil(Stage stage) {
        if (built.remove(stage) != null) {
            rebuilt++;
        }
    }

    /** The open task of the stage: the owner's (a council member's own vote) or the stage's task. */
    String task(Stage stage) {
        return task(stage, stage == Stage.COUNCIL_VOTE ? stage.owner : null);
    }

    String task(Stage stage, String assignee) {
        return taskOf(at(stage), stage.taskKey, assignee).getId();
    }

    String executionOf(Stage stage) {
        return tasks.createTaskQuery().taskId(task(stage)).singleResult().getExecutionId();
    }

    /** The council secretary's recordWrittenBallots task of the council-vote nomination. */
    String secretaryTask() {
        return taskOf(at(Stage.COUNCIL_VOTE), "recordWrittenBallots", null).getId();
    }

    String instanceIfBuilt(Stage stage) {
        Nomination n = built.get(stage);
        return n == null ? null : n.instanceId();
    }

    String instance(Stage stage) {
        return at(stage).instanceId();
    }

    String code(Stage stage) {
        return at(stage).code();
    }

    /** Builds every stage (once, at the start). */
    void buildAll() {
        for (Stage s : Stage.values()) {
            at(s);
        }
    }

    private Task taskOf(Nomination n, String key, String assignee) {
        return tasks.createTaskQuery().processInstanceId(n.instanceId()).taskDefinitionKey(key).list().stream()
                .filter(t -> assignee == null || assignee.equals(t.getAssignee())).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + key + (assignee == null ? "" : " of " + assignee) + " on " + n.code()));
    }

    // --- building ---

    Nomination build(Stage stage) {
        Nomination n = file("xa.pusamcap", "Giàng A Tủa");
        complete(n, "prepareDossier", "xa.pusamcap", Map.of());
        if (stage == Stage.COMMUNE_REVIEW) {
            return n;
        }
        complete(n, "communeReview", "xa.pusamcap", review("Đủ điều kiện"));
        if (stage == Stage.DISTRICT_REVIEW) {
            return n;
        }
        complete(n, "districtReview", "huyen.sinho", review("Đồng ý trình Hội đồng"));
        if (stage == Stage.COUNCIL_VOTE) {
            return n;
        }
        for (String member : SINHO_COUNCIL) {
            vote(n, member, "yes");
        }
        complete(n, "recordWrittenBallots", SINHO_SECRETARY, Map.of());
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("conclusion", "propose");
        conclusion.put("comment", "Đề nghị khen thưởng như hồ sơ");
        complete(n, "councilConclusion", SINHO_SECRETARY, conclusion);
        if (stage == Stage.APPRAISAL) {
            return n;
        }
        complete(n, "provincialAppraisal", "tinh.thamdinh", review("Hồ sơ đầy đủ"));
        return n;
    }

    static Map<String, Object> review(String comment) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("outcome", "approve");
        v.put("comment", comment);
        return v;
    }

    static Map<String, Object> decisionAnswer() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("decisionNumber", "2551/QĐ-UBND");
        v.put("decisionDate", LocalDate.now().toString());
        return v;
    }

    static String nextIdNumber() {
        return String.format("%012d", NEXT_ID.getAndIncrement());
    }

    /** A valid dossier as the /api body. */
    static String dossierJson(String nominee, String idNumber) {
        return "{\"awardKindCode\":\"BK_TINH\",\"movementCode\":\"NTM_GNBV_2016_2020\",\"procedureKind\":\"PERIODIC\",\"nomineeKind\":\"INDIVIDUAL\","
                + "\"nomineeName\":" + Json.str(nominee) + ",\"nomineeIdNumber\":\"" + idNumber + "\",\"nomineeBirthYear\":1985,\"nomineeGender\":\"MALE\","
                + "\"nomineePosition\":\"Trưởng bản\",\"nomineeAddress\":\"Bản Pu Sam Cáp, xã Pu Sam Cáp\","
                + "\"achievements\":\"Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.\",\"year\":2019}";
    }

    /** The start form's fields as Tasklist's start form sends them (all strings). */
    static Map<String, Object> startForm(String nominee, String idNumber) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("awardKindCode", "BK_TINH");
        v.put("movementCode", "NTM_GNBV_2016_2020");
        v.put("procedureKind", "PERIODIC");
        v.put("year", "2019");
        v.put("nomineeKind", "INDIVIDUAL");
        v.put("nomineeName", nominee);
        v.put("nomineeIdNumber", idNumber);
        v.put("nomineeBirthYear", "1985");
        v.put("nomineeGender", "MALE");
        v.put("nomineePosition", "Trưởng bản");
        v.put("nomineeAddress", "Bản Pu Sam Cáp, xã Pu Sam Cáp");
        v.put("achievements", "Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.");
        return v;
    }

    Nomination file(String user, String nominee) {
        AttackHttp.Response filed = http.api(user, "POST", "/api/nominations", "application/json", AttackHttp.utf8(dossierJson(nominee, nextIdNumber())));
        if (filed.status() != 201) {
            throw new IllegalStateException("Filing failed: " + filed.status() + " " + filed.excerpt());
        }
        String code = filed.body().replaceAll(".*\"code\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String required = jdbc.queryForObject("select k.required_documents from nomination n join award_kind k on k.code = n.award_kind_code where n.code = ?",
                String.class, code);
        for (String kind : required.split(",")) {
            if (kind.isBlank()) {
                continue;
            }
            AttackHttp.Multipart body = AttackHttp.multipart(Map.of("kind", kind.trim(), "file|" + kind.trim().toLowerCase() + ".pdf", PDF));
            AttackHttp.Response up = http.api(user, "POST", "/api/nominations/" + code + "/documents", body.contentType(), body.body());
            if (up.status() != 201) {
                throw new IllegalStateException("Upload failed: " + up.status() + " " + up.excerpt());
            }
        }
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
        return new Nomination(code, pi.getId());
    }

    void complete(Nomination n, String taskKey, String user, Map<String, Object> variables) {
        Task task = taskOf(n, taskKey, "councilVote".equals(taskKey) ? user : null);
        AttackHttp.Response r = http.basic(user, "POST", "/task/" + task.getId() + "/complete", "application/json",
                AttackHttp.utf8("{\"variables\":" + Json.variables(variables) + "}"));
        if (r.status() != 204) {
            throw new IllegalStateException(user + " could not complete " + taskKey + " of " + n.code() + ": " + r.status() + " " + r.excerpt());
        }
    }

    /** As the vote form does: the ballot to our API, then the task completed without a vote. */
    void vote(Nomination n, String member, String vote) {
        Task task = taskOf(n, "councilVote", member);
        AttackHttp.Response cast = http.api(member, "POST", "/api/council/ballots/" + task.getId(), "application/json",
                AttackHttp.utf8("{\"vote\":\"" + vote + "\"}"));
        if (cast.status() != 204) {
            throw new IllegalStateException(member + " could not vote on " + n.code() + ": " + cast.status() + " " + cast.excerpt());
        }
        complete(n, "councilVote", member, Map.of());
    }
}
