package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.nomination.Documents;
import vn.khenthuong.nomination.NominationWorkflow;

/** A whole lifecycle — a return, a supplementation, a council vote, a download — and the exact trail it leaves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditTrailTest {

    /** What the exact comparison looks at: everything a person did or decided, and what our code recorded. */
    static final Set<String> ACTS = Set.of("PROCESS_STARTED", "NOMINATION_FILED", "DOCUMENT_UPLOADED", "DOCUMENT_REPLACED", "DOCUMENT_DOWNLOADED",
            "TASK_OPERATION", "STEP_OUTCOME", "BALLOT_CAST", "COUNCIL_TALLY", "AWARD_RECORDED", "DOSSIER_CHANGED", "ADMIN_OPERATION", "PROCESS_ENDED");

    @LocalServerPort int port;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired vn.khenthuong.council.Ballots ballots;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired Documents documents;
    @Autowired AuditTrail trails;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void lifecycleWithReturnSupplementationAndVoteLeavesAnExactTrail() {
        RouteDriver driver = new RouteDriver(engine, workflow, ballots);
        List<String> expected = new ArrayList<>();
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Giàng A Chứ"), "xa.pusamcap");
        expected.addAll(List.of("PROCESS_STARTED xa.pusamcap", "NOMINATION_FILED xa.pusamcap"));
        LocalDate deadline = LocalDate.now().plusDays(10);
        List<String> uploaded = new ArrayList<>();
        long[] seen = {0, 0, 0, 0};

        driver.run(code, (task, n) -> {
            Map<String, Object> v = new HashMap<>(RouteDriver.approve(task));
            if (task.equals("communeReview") && n == 0) {
                v.put("outcome", "return");
                v.put("comment", "Thiếu biên bản họp xét của thôn");
            }
            if (task.equals("provincialAppraisal") && n == 0) {
                v.put("outcome", "return");
                v.put("comment", "Bổ sung xác nhận của UBND xã");
                v.put("supplementDeadline", deadline.toString());
            }
            return v;
        }, (task, n) -> {
            if (task.equals("prepareDossier") && n == 0) {
                for (String kind : required(code)) {
                    documents.store(code, kind, kind.toLowerCase() + ".pdf", RouteDriver.PDF, "xa.pusamcap");
                    uploaded.add(kind);
                    expected.add("DOCUMENT_UPLOADED xa.pusamcap " + kind);
                    RouteDriver.pause();
                }
            }
            if (task.equals("supplementDossier")) {
                documents.store(code, uploaded.get(0), "bổ sung.pdf", (new String(RouteDriver.PDF, StandardCharsets.US_ASCII) + "% v2\n")
                        .getBytes(StandardCharsets.US_ASCII), "xa.pusamcap");
                expected.add("DOCUMENT_REPLACED xa.pusamcap " + uploaded.get(0));
                RouteDriver.pause();
            }
            if (task.equals("provincialAppraisal") && n == 0) {
                download(code, "tinh.thamdinh");
                expected.add("DOCUMENT_DOWNLOADED tinh.thamdinh " + uploaded.get(0));
                RouteDriver.pause();
            }
        }, action -> {
            if (!action.taskKey().equals(RouteDriver.TIMER)) {
                boolean secretVote = action.taskKey().equals("councilVote") && !ballotRecorded(code, action.user());
                if (action.claimed()) {
                    expected.add("TASK_OPERATION " + action.user() + " Claim " + action.taskKey());
                }
                if (secretVote) {
                    expected.add("BALLOT_CAST " + action.user());
                }
                expected.add("TASK_OPERATION " + action.user() + " Complete " + action.taskKey());
                if (action.taskKey().equals("councilVote") && !secretVote) {
                    expected.add("BALLOT_CAST " + action.user());
                }
            }
            expected.addAll(recordsSince(code, seen));
        });
        expected.add("PROCESS_ENDED");

        Trail trail = trails.of(code);
        List<String> acts = trail.entries().stream().filter(e -> ACTS.contains(e.kind())).map(AuditTrailTest::describe).toList();
        assertThat(acts).containsExactlyElementsOf(expected);

        // The route had a return, a supplementation and a council vote.
        assertThat(driver.actions).extracting(RouteDriver.Action::taskKey).contains("councilVote", "supplementDossier");
        assertThat(trail.returns()).hasSize(2);
        assertThat(trail.returns().get(0)).satisfies(r -> {
            assertThat(r.step()).isEqualTo("communeReview");
            assertThat(r.comment()).isEqualTo("Thiếu biên bản họp xét của thôn");
            assertThat(r.statusVi()).isEqualTo("Đã gửi lại");
        });
        assertThat(trail.returns().get(1)).satisfies(r -> {
            assertThat(r.step()).isEqualTo("provincialAppraisal");
            assertThat(r.deadline()).isEqualTo(deadline);
            assertThat(r.met()).isTrue();
            assertThat(r.statusVi()).isEqualTo("Bổ sung đúng hạn");
        });
        assertThat(trail.tallies()).singleElement().satisfies(t -> {
            assertThat(t.passed()).isTrue();
            assertThat(t.members()).hasSize(t.memberCount()).allMatch(m -> driver.actions.stream()
                    .anyMatch(a -> a.taskKey().equals("councilVote") && a.user().equals(m)));
        });
        assertThat(trail.summary().award().decisionNumber()).isEqualTo("2551/QĐ-UBND");
        assertThat(trail.summary().award().signer()).isEqualTo("tinh.chutich");
        assertThat(trail.documents()).filteredOn(d -> d.kind().equals(uploaded.get(0))).extracting(Trail.DocumentView::version).containsExactly(1, 2);

        // Every human task was entered with its candidates (or its assignee) before it was worked on.
        for (RouteDriver.Action a : driver.actions) {
            assertThat(trail.entries()).anyMatch(e -> e.kind().equals("TASK_ENTERED") && a.taskKey().equals(e.step()));
            if (a.claimed()) {
                assertThat(trail.entries()).anyMatch(e -> e.kind().equals("CANDIDATE") && a.taskKey().equals(e.step())
                        && e.actor().startsWith(a.taskKey().equals("decision") ? "chairman." : ""));
            }
        }
        // The open ballot's choice is part of the completion; the outcome and comment of a review are too.
        assertThat(trail.entries()).anyMatch(e -> e.kind().equals("TASK_OPERATION") && "councilVote".equals(e.step())
                && e.detailVi().contains("Biểu quyết: Đồng ý"));
        // Labels, names and titles instead of codes and logins (issue 17), in one table (nomination.Labels).
        assertThat(trail.entries()).extracting(Trail.Entry::detailVi).allSatisfy(d -> assertThat(d)
                .doesNotContainPattern("\\b(xa|huyen|tinh|hd)\\.[a-z]+").doesNotContainPattern("[A-Z]{3,}_[A-Z_]{3,}")
                .doesNotContain(" = ").doesNotContain("«IN_PROGRESS»").doesNotContain("approve"));
        assertThat(trail.entries()).filteredOn(e -> e.actor() != null && !e.actor().equals("system")).extracting(Trail.Entry::actorName)
                .allSatisfy(n -> assertThat(n).doesNotContainPattern("^[a-z-]+\\.[a-z.0-9]+$"));
        assertThat(trail.entries()).filteredOn(e -> e.kind().equals("TASK_OPERATION")).extracting(Trail.Entry::actorName)
                .allSatisfy(n -> assertThat(n).matches(".+ \\(.+ – .+\\)"));
        assertThat(trail.entries()).anyMatch(e -> e.detailVi().equals("Quy trình kết thúc: «Đã khen thưởng»"));
        assertThat(trail.entries()).anyMatch(e -> e.kind().equals("STEP_OUTCOME") && e.detailVi().startsWith("«Quyết định khen thưởng»: Ký quyết định khen thưởng"));
        assertThat(trail.entries()).anyMatch(e -> e.kind().equals("DOCUMENT_UPLOADED") && e.detailVi().contains("Báo cáo thành tích"));
        assertThat(trail.summary().award().signerName()).isEqualTo("Hà Văn Phúc (Chủ tịch UBND – Tỉnh Lai Châu)");
        assertThat(trail.summary().createdByName()).isEqualTo("Lò Văn Thắng (Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp)");
        // An open ballot's minutes name each member's choice.
        assertThat(trail.tallies()).singleElement().satisfies(t -> {
            assertThat(t.choices()).hasSize(t.memberCount()).allMatch(c -> c.matches(".+ \\(.+\\): (Đồng ý|Không đồng ý|Không biểu quyết)"));
            assertThat(t.memberNames()).noneMatch(n -> n.startsWith("hd."));
        });
        assertThat(trail.entries()).anyMatch(e -> e.kind().equals("STEP_OUTCOME") && e.detailVi().contains("Thiếu biên bản họp xét của thôn"));
        assertThat(audit.verify().valid()).isTrue();
        // The nomination's own chain: positions 1..n, each row linked to the one before it, the trail showing its head.
        List<AuditEvent> events = audit.events(code);
        assertThat(events).extracting(AuditEvent::chainKey).containsOnly(code);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).chainPosition()).isEqualTo(i + 1L);
            assertThat(events.get(i).prevHash()).isEqualTo(i == 0 ? AuditLog.GENESIS : events.get(i - 1).hash());
        }
        assertThat(audit.chainHead(code)).isEqualTo(events.get(events.size() - 1).hash());
        assertThat(trail.chainHeadHash()).isEqualTo(audit.chainHead(code));
        // Retention: the history of an award is never due for cleanup.
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult()
                .getRemovalTime()).isNull();
    }

    @Test
    void secretBallotShowsWhoTookPartAndTheTallyButNoChoice() throws Exception {
        RouteDriver driver = new RouteDriver(engine, workflow, ballots);
        // CSTĐ cơ sở asks for the year's LĐTT and a commune quota (eligibility.dmn): give the nominee both.
        vn.khenthuong.testsupport.Registry registry = new vn.khenthuong.testsupport.Registry(jdbc);
        registry.award("pusamcap", "LDTT", 2019, "PERIODIC", "Lò Văn Páo", "088800000001");
        registry.laborTitles("pusamcap", 2019, 40, "audit-");
        vn.khenthuong.nomination.NewDossier d = RouteDriver.dossier("CSTD_CS", "Lò Văn Páo");
        String code = workflow.start(new vn.khenthuong.nomination.NewDossier(d.awardKindCode(), d.movementCode(), d.procedureKind(),
                d.nomineeKind(), d.nomineeName(), "088800000001", d.nomineeBirthYear(), d.nomineeGender(), d.nomineePosition(),
                d.nomineeAddress(), d.memberCount(), d.headName(), d.taxCode(), d.achievements(), d.year()), "xa.pusamcap");
        driver.run(code, (task, n) -> task.equals("councilVote") && n == 0 ? Map.of("vote", "no") : RouteDriver.approve(task), (task, n) -> {
            if (task.equals("prepareDossier") && n == 0) {
                required(code).forEach(kind -> documents.store(code, kind, kind.toLowerCase() + ".pdf", RouteDriver.PDF, "xa.pusamcap"));
            }
        });
        assertThat(driver.actions).extracting(RouteDriver.Action::taskKey).contains("councilVote");

        Trail trail = trails.of(code);
        assertThat(trail.secretBallot()).isTrue();
        List<String> voters = driver.actions.stream().filter(a -> a.taskKey().equals("councilVote")).map(RouteDriver.Action::user).toList();
        assertThat(trail.entries()).filteredOn(e -> e.kind().equals("TASK_ENTERED") && "councilVote".equals(e.step())).extracting(Trail.Entry::actor)
                .containsExactlyInAnyOrderElementsOf(voters);
        assertThat(trail.entries()).filteredOn(e -> e.kind().equals("BALLOT_CAST")).extracting(Trail.Entry::actor)
                .containsExactlyInAnyOrderElementsOf(voters);
        assertThat(trail.tallies()).singleElement().satisfies(t -> assertThat(t.no()).isEqualTo(1));
        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(trail);
        assertThat(json).doesNotContain("vote = yes").doesNotContain("vote = no").doesNotContain("\"vote\":\"yes").doesNotContain("\"vote\":\"no");
        assertThat(trail.entries()).filteredOn(e -> e.kind().equals("TASK_OPERATION") && "councilVote".equals(e.step()))
                .hasSize(voters.size()).noneMatch(e -> e.detailVi().matches(".*(vote = |Biểu quyết: ).*"));
        // The minutes of a secret ballot name who took part, never what anyone chose.
        assertThat(trail.tallies()).singleElement().satisfies(t -> {
            assertThat(t.choices()).isEmpty();
            assertThat(t.memberNames()).hasSize(voters.size());
        });
        // Nor does the audit table hold a choice.
        assertThat(jdbc.queryForList("select details from audit_event where nomination_code = ?", String.class, code))
                .noneMatch(row -> row.contains("\"vote\"") || row.contains("\"choice\""));
    }

    @Test
    void administrativeActsAppearWithTheirAuthor() {
        RouteDriver driver = new RouteDriver(engine, workflow, ballots);
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Vàng Thị Mỷ"), "xa.pusamcap");
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult().getId();
        driver.as("admin", () -> runtimeService.setVariable(pi, "nomineeName", "Vàng Thị Mỷ (sửa qua REST)"));
        RouteDriver.pause();
        driver.as("admin", () -> runtimeService.deleteProcessInstance(pi, "Lập trùng hồ sơ"));

        Trail trail = trails.of(code);
        // Retention: a nomination that ended without an award is cleaned up after the definition's time to live.
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).singleResult()
                .getRemovalTime()).isAfter(new java.util.Date(System.currentTimeMillis() + 3000L * 24 * 3600 * 1000));
        List<Trail.Entry> adminActs = trail.entries().stream().filter(e -> e.kind().equals("ADMIN_OPERATION")).toList();
        assertThat(adminActs).extracting(Trail.Entry::actor).containsExactly("admin", "admin");
        assertThat(adminActs.get(0).detailVi()).isEqualTo("Thao tác quản trị: Đặt biến quy trình: Tên đối tượng: Vàng Thị Mỷ (sửa qua REST)");
        assertThat(adminActs.get(1).detailVi()).startsWith("Thao tác quản trị: Xoá (huỷ) quy trình");
        assertThat(trail.entries()).filteredOn(e -> e.kind().equals("PROCESS_ENDED")).singleElement()
                .satisfies(e -> assertThat(e.detailVi()).contains("Lập trùng hồ sơ"));
    }

    /**
     * What our tables say happened since the last look, in the order the code writes it: outcomes of steps,
     * then the council's tally, the award, the closing. {@code seen}: last step id, tallies, awards, closed (0/1).
     */
    private List<String> recordsSince(String code, long[] seen) {
        List<String> records = new ArrayList<>();
        for (Map<String, Object> step : jdbc.queryForList("select s.id, s.step, s.outcome, s.actor from nomination_step s join nomination n "
                + "on n.id = s.nomination_id where n.code = ? and s.id > ? order by s.id", code, seen[0])) {
            records.add("STEP_OUTCOME " + step.get("actor") + " " + step.get("step") + " " + step.get("outcome"));
            seen[0] = ((Number) step.get("id")).longValue();
        }
        long tallies = jdbc.queryForObject("select count(*) from council_tally t join nomination n on n.id = t.nomination_id where n.code = ?",
                Long.class, code);
        for (; seen[1] < tallies; seen[1]++) {
            records.add("COUNCIL_TALLY system");
        }
        List<String> signers = jdbc.queryForList("select a.signer from award a join nomination n on n.id = a.nomination_id where n.code = ?",
                String.class, code);
        if (seen[2] == 0 && !signers.isEmpty()) {
            records.add("AWARD_RECORDED " + signers.get(0));
            seen[2] = 1;
        }
        String status = jdbc.queryForObject("select status from nomination where code = ?", String.class, code);
        if (seen[3] == 0 && !status.equals("IN_PROGRESS")) {
            records.add("DOSSIER_CHANGED system status " + status);
            seen[3] = 1;
        }
        return records;
    }

    private boolean ballotRecorded(String code, String member) {
        return jdbc.queryForObject("select count(*) from council_ballot b join nomination n on n.id = b.nomination_id where n.code = ? and b.member = ?",
                Integer.class, code, member) > 0;
    }

    private static String describe(Trail.Entry e) {
        Map<String, ?> d = e.data();
        return switch (e.kind()) {
            case "PROCESS_ENDED" -> "PROCESS_ENDED";
            case "TASK_OPERATION" -> "TASK_OPERATION " + e.actor() + " " + e.detailVi().split(" bước")[0].replace("Nhận xử lý", "Claim")
                    .replace("Hoàn thành", "Complete") + " " + e.step();
            case "DOCUMENT_UPLOADED", "DOCUMENT_REPLACED", "DOCUMENT_DOWNLOADED" -> e.kind() + " " + e.actor() + " " + d.get("kind");
            case "STEP_OUTCOME" -> "STEP_OUTCOME " + e.actor() + " " + e.step() + " " + d.get("outcome");
            case "DOSSIER_CHANGED" -> "DOSSIER_CHANGED " + e.actor() + " " + d.get("field") + " " + d.get("newValue");
            default -> e.kind() + " " + e.actor();
        };
    }

    private List<String> required(String code) {
        String kinds = jdbc.queryForObject("select k.required_documents from nomination n join award_kind k on k.code = n.award_kind_code where n.code = ?",
                String.class, code);
        return Arrays.stream(kinds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).sorted().toList();
    }

    private void download(String code, String user) {
        Long id = jdbc.queryForObject("select min(d.id) from nomination_document d join nomination n on n.id = d.nomination_id where n.code = ?",
                Long.class, code);
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nominations/" + code
                            + "/documents/" + id)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("download failed", e);
        }
    }
}
