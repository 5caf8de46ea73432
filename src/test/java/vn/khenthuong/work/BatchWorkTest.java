package vn.khenthuong.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;

/** The board's and chairmen's lists of waiting dossiers, and one approval for many appraisals, with the wrong users. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BatchWorkTest {

    @Autowired MockMvc mvc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;
    @Autowired WorkTasks workTasks;
    @Autowired WorkLists workLists;
    @Autowired vn.khenthuong.catalog.Catalog catalog;
    final ObjectMapper json = new ObjectMapper();

    WaitingDossiers dossiers;

    @BeforeEach
    void setUp() {
        dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
    }

    ResultActions postJson(String user, String url, Object body) throws Exception {
        return mvc.perform(post(url).with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    long auditRows(String code, String type, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code = ? and event_type = ? and actor = ?", Long.class,
                code, type, actor);
    }

    List<String> listsOf(String user) throws Exception {
        JsonNode choices = read(mvc.perform(get("/api/work/choices").with(user(user))).andExpect(status().isOk()));
        assertThat(choices.get("units").size()).as("the filters' choices come along").isPositive();
        List<String> lists = new ArrayList<>();
        choices.get("lists").forEach(l -> lists.add(l.asText()));
        return lists;
    }

    /** The page shows only the tabs of the lists the official has, without probing the others (a 403 in the console). */
    @Test
    void eachOfficialIsToldWhichListsAreTheirs() throws Exception {
        assertThat(listsOf("tinh.thamdinh")).containsExactly("appraisals");
        assertThat(listsOf("tinh.chutich")).containsExactly("decisions");
        assertThat(listsOf("xa.pusamcap")).isEmpty();
        assertThat(listsOf("thanhtra")).isEmpty();
        // Told is not allowed: the lists themselves still refuse the others.
        mvc.perform(get("/api/work/decisions").with(user("tinh.thamdinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/work/appraisals").with(user("tinh.chutich"))).andExpect(status().isForbidden());
    }

    @Test
    void theBoardApprovesManyAppraisalsWithOneAnswerAndEachRefusedRowSaysWhy() throws Exception {
        String first = dossiers.atAppraisal("Lò Văn Một");
        String second = dossiers.atAppraisal("Lò Văn Hai");
        String doneBefore = dossiers.atAppraisal("Lò Văn Ba");
        String doneBeforeTask = dossiers.taskId(doneBefore, "provincialAppraisal");
        dossiers.driver.review("tinh.thamdinh", doneBefore, "provincialAppraisal", "approve", "Đã thẩm định trong Tasklist");
        String atDistrict = workflow.start(WaitingDossiers.adHoc("Lò Văn Bốn"), "xa.pusamcap");
        dossiers.driver.attachRequiredDocuments(atDistrict);
        dossiers.driver.complete("xa.pusamcap", atDistrict, "prepareDossier", Map.of());
        dossiers.driver.review("xa.pusamcap", atDistrict, "communeReview", "approve", "Đủ điều kiện");
        String notTheBoards = dossiers.taskId(atDistrict, "districtReview");

        JsonNode list = read(mvc.perform(get("/api/work/appraisals").with(user("tinh.thamdinh")).param("unit", "sinho").param("size", "500"))
                .andExpect(status().isOk()));
        List<String> listed = new ArrayList<>();
        list.get("items").forEach(i -> listed.add(i.get("nominationCode").asText()));
        assertThat(listed).contains(first, second).doesNotContain(doneBefore, atDistrict);
        JsonNode item = null;
        for (JsonNode i : list.get("items")) {
            if (i.get("nominationCode").asText().equals(first)) {
                item = i;
            }
        }
        assertThat(item.get("nomineeName").asText()).isEqualTo("Lò Văn Một");
        assertThat(item.get("unitName").asText()).isEqualTo("Xã Pu Sam Cáp");
        assertThat(item.get("awardKindCode").asText()).isEqualTo("BK_TINH");
        // Filters: another district's dossiers, another award kind.
        assertThat(read(mvc.perform(get("/api/work/appraisals").with(user("tinh.thamdinh")).param("unit", "thanuyen"))).get("items").toString())
                .doesNotContain(first);
        assertThat(read(mvc.perform(get("/api/work/appraisals").with(user("tinh.thamdinh")).param("awardKind", "GK_XA"))).get("total").asInt()).isZero();

        String firstTask = dossiers.taskId(first, "provincialAppraisal");
        String secondTask = dossiers.taskId(second, "provincialAppraisal");
        JsonNode answer = read(postJson("tinh.thamdinh", "/api/work/appraisals/complete",
                Map.of("taskIds", List.of(firstTask, doneBeforeTask, notTheBoards, secondTask), "outcome", "approve", "comment", "Đồng ý hàng loạt"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(2)).andExpect(jsonPath("$.refused").value(2)));
        JsonNode rows = answer.get("rows");
        assertThat(rows.get(0).get("done").asBoolean()).isTrue();
        assertThat(rows.get(0).get("nominationCode").asText()).isEqualTo(first);
        assertThat(rows.get(1).get("refusal").asText()).isEqualTo("ALREADY_DONE");
        assertThat(rows.get(1).get("reason").asText()).contains("đã được xử lý");
        assertThat(rows.get(2).get("refusal").asText()).isEqualTo("NOT_YOURS");
        assertThat(rows.get(3).get("done").asBoolean()).isTrue();

        assertThat(workflow.currentSteps(first)).containsExactly("decision");
        assertThat(workflow.currentSteps(second)).containsExactly("decision");
        assertThat(workflow.currentSteps(atDistrict)).containsExactly("districtReview");
        // Audited as a Tasklist completion: the step's outcome by the board's official, with the comment.
        assertThat(auditRows(first, "STEP_OUTCOME", "tinh.thamdinh")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select comment from nomination_step s join nomination n on n.id = s.nomination_id "
                + "where n.code = ? and s.step = 'provincialAppraisal'", String.class, first)).isEqualTo("Đồng ý hàng loạt");
        // The engine's history names the official, as Tasklist would.
        assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where task_id_ = ? and user_id_ = 'tinh.thamdinh' and operation_type_ = 'Complete'",
                Long.class, firstTask)).isEqualTo(1);

        // The chairman now sees both among his waiting decisions; the board does not.
        String decisions = read(mvc.perform(get("/api/work/decisions").with(user("tinh.chutich")).param("size", "500"))).toString();
        assertThat(decisions).contains(first, second);
        mvc.perform(get("/api/work/decisions").with(user("tinh.thamdinh"))).andExpect(status().isForbidden());
    }

    @Test
    void wrongUsersAreRefusedAndNothingChanges() throws Exception {
        String code = dossiers.atAppraisal("Lò Văn Năm");
        String task = dossiers.taskId(code, "provincialAppraisal");
        Map<String, Object> body = Map.of("taskIds", List.of(task), "outcome", "approve");
        // District officer, another level's chairman, the provincial chairman, auditor, council member, commune official.
        for (String wrong : new String[] {"huyen.sinho", "chutich.sinho", "tinh.chutich", "thanhtra", "hd.laichau.1", "xa.pusamcap"}) {
            postJson(wrong, "/api/work/appraisals/complete", body).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detailEn", containsString("provincial commendation board")));
            mvc.perform(get("/api/work/appraisals").with(user(wrong))).andExpect(status().isForbidden());
        }
        for (String wrong : new String[] {"huyen.sinho", "thanhtra", "hd.laichau.1", "tinh.thamdinh"}) {
            mvc.perform(get("/api/work/decisions").with(user(wrong))).andExpect(status().isForbidden());
        }
        assertThat(workflow.currentSteps(code)).containsExactly("provincialAppraisal");
        assertThat(auditRows(code, "STEP_OUTCOME", "tinh.thamdinh")).isZero();

        // Another chairman's list never holds the province's decisions; through the port neither can he complete one.
        String atDecision = dossiers.atDecision("Lò Văn Sáu");
        assertThat(read(mvc.perform(get("/api/work/decisions").with(user("chutich.sinho")).param("size", "500"))).toString()).doesNotContain(atDecision);
        String decisionTask = dossiers.taskId(atDecision, "decision");
        Map<String, Object> decided = Map.of("decisionNumber", "12/QĐ-UBND", "decisionDate", "2019-12-20");
        for (String wrong : new String[] {"chutich.sinho", "tinh.thamdinh", "thanhtra", "hd.laichau.1"}) {
            assertThatThrownBy(() -> workTasks.complete(wrong, decisionTask, WorkStep.DECISION, decided))
                    .isInstanceOfSatisfying(WorkRefusedException.class, e -> assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.NOT_YOURS));
        }
        assertThat(workflow.currentSteps(atDecision)).containsExactly("decision");
    }

    /**
     * The lists are read without the engine's authorization join (issue 16's bench: 2.2 s for 2,000 waiting). They must
     * hold exactly what the engine's authorization-checked query gives each user for the candidate groups of the step's
     * role: another unit's chairman, the board, the auditor, the administrator and a district officer included; a task
     * claimed by someone else is out; a membership given or taken away counts from the next call.
     */
    @Test
    void eachListHoldsExactlyWhatTheEnginesAuthorizationsGiveTheUser() {
        String atDecision = dossiers.atDecision("Lò Văn Tám");
        String atAppraisal = dossiers.atAppraisal("Lò Văn Chín");
        String claimed = dossiers.atDecision("Lò Văn Mười");
        taskService.setAssignee(dossiers.taskId(claimed, "decision"), "admin");
        String[] users = {"tinh.chutich", "chutich.sinho", "chutich.pusamcap", "tinh.thamdinh", "thanhtra", "admin", "huyen.sinho", "hd.laichau.1"};
        for (WorkStep step : WorkStep.values()) {
            for (String user : users) {
                assertThat(listed(user, step)).as(user + " " + step).isEqualTo(authorized(user, step));
            }
        }
        assertThat(listed("tinh.chutich", WorkStep.DECISION)).contains(dossiers.taskId(atDecision, "decision"))
                .doesNotContain(dossiers.taskId(claimed, "decision"));
        assertThat(listed("tinh.thamdinh", WorkStep.APPRAISAL)).contains(dossiers.taskId(atAppraisal, "provincialAppraisal"));
        assertThat(listed("chutich.sinho", WorkStep.DECISION)).doesNotContain(dossiers.taskId(atDecision, "decision"));
        identityService.createMembership("chutich.sinho", "chairman.laichau");
        try {
            assertThat(listed("chutich.sinho", WorkStep.DECISION)).contains(dossiers.taskId(atDecision, "decision"))
                    .isEqualTo(authorized("chutich.sinho", WorkStep.DECISION));
        } finally {
            identityService.deleteMembership("chutich.sinho", "chairman.laichau");
        }
        assertThat(listed("chutich.sinho", WorkStep.DECISION)).doesNotContain(dossiers.taskId(atDecision, "decision"));
    }

    /**
     * A suspended dossier's task is out of every list, as it is out of the engine's active() query; the board's view of
     * a chairman's waiting decisions (waitingFor) equals the engine's query for that group, a task claimed by anyone
     * included.
     */
    @Test
    void suspendedTasksAreOutAndTheBoardsViewOfAChairmansDecisionsIsTheEngines() {
        String suspended = dossiers.atDecision("Lò Văn Mười Hai");
        String claimed = dossiers.atDecision("Lò Văn Mười Ba");
        String suspendedTask = dossiers.taskId(suspended, "decision");
        taskService.setAssignee(dossiers.taskId(claimed, "decision"), "admin");
        String instance = taskService.createTaskQuery().taskId(suspendedTask).singleResult().getProcessInstanceId();
        runtimeService.suspendProcessInstanceById(instance);
        try {
            assertThat(listed("tinh.chutich", WorkStep.DECISION)).doesNotContain(suspendedTask).isEqualTo(authorized("tinh.chutich", WorkStep.DECISION));
            java.util.Set<String> viewed = workTasks.waitingFor("laichau", WorkStep.DECISION).stream().map(WaitingTask::taskId)
                    .collect(java.util.stream.Collectors.toSet());
            java.util.Set<String> engines = taskService.createTaskQuery().processDefinitionKey("nomination").taskDefinitionKey("decision")
                    .taskCandidateGroup("chairman.laichau").includeAssignedTasks().active().list().stream().map(t -> t.getId())
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(viewed).isEqualTo(engines).contains(dossiers.taskId(claimed, "decision")).doesNotContain(suspendedTask);
            assertThat(workTasks.waitingFor("laichau", WorkStep.DECISION)).allSatisfy(t -> assertThat(t.candidateUnit()).isEqualTo("laichau"));
            assertThat(workTasks.waitingFor("sinho", WorkStep.DECISION)).extracting(WaitingTask::taskId).doesNotContain(dossiers.taskId(claimed, "decision"));
        } finally {
            runtimeService.activateProcessInstanceById(instance);
        }
        assertThat(listed("tinh.chutich", WorkStep.DECISION)).contains(suspendedTask);
    }

    /**
     * The list is filtered and paged before its nominations are read in full (issue 21): every page of every filter is
     * exactly the slice of all the user's items, filtered as the page filters them (a unit includes the units below it),
     * in the same order, with the same total; a user of another unit gets none of them.
     */
    @Test
    void eachPageIsTheSliceOfTheWholeFilteredList() {
        String sinho = dossiers.atAppraisal("Lò Văn Mười Bốn");
        dossiers.atAppraisal("Lò Văn Mười Lăm");
        dossiers.atDecision("Lò Văn Mười Sáu");
        List<WorkLists.Filter> filters = List.of(new WorkLists.Filter(null, null, null), new WorkLists.Filter("sinho", null, null),
                new WorkLists.Filter("pusamcap", "BK_TINH", null), new WorkLists.Filter("laichau", null, null), new WorkLists.Filter("thanuyen", null, null),
                new WorkLists.Filter(null, "GK_XA", null), new WorkLists.Filter(null, null, "no-such-movement"));
        for (String[] who : new String[][] {{"tinh.thamdinh", "APPRAISAL"}, {"tinh.chutich", "DECISION"}, {"chutich.sinho", "DECISION"}, {"admin", "APPRAISAL"}}) {
            WorkStep step = WorkStep.valueOf(who[1]);
            List<WorkLists.Item> all = workLists.items(workTasks.waiting(who[0], step));
            for (WorkLists.Filter filter : filters) {
                List<WorkLists.Item> expected = all.stream().filter(i -> (filter.awardKindCode() == null || filter.awardKindCode().equals(i.awardKindCode()))
                        && (filter.movementCode() == null || filter.movementCode().equals(i.movementCode()))
                        && (filter.unitCode() == null || catalog.lineage(i.unitCode()).stream().anyMatch(u -> u.code().equals(filter.unitCode())))).toList();
                for (int size : new int[] {1, 2, 500}) {
                    for (int page = 0; page <= expected.size() / size + 1; page++) {
                        WorkLists.Page answer = workLists.waiting(who[0], step, filter, page, size);
                        int from = Math.min(expected.size(), page * size);
                        assertThat(answer.total()).as(who[0] + " " + filter).isEqualTo(expected.size());
                        assertThat(answer.items()).as(who[0] + " " + filter + " page " + page + " of " + size)
                                .isEqualTo(expected.subList(from, Math.min(expected.size(), from + size)));
                    }
                }
            }
        }
        assertThat(workLists.waiting("tinh.thamdinh", WorkStep.APPRAISAL, new WorkLists.Filter("sinho", null, null), 0, 500).items())
                .extracting(WorkLists.Item::nominationCode).contains(sinho);
        // Another unit's chairman: none of the province's decisions on any page; the board's list holds no decision.
        assertThat(workLists.waiting("chutich.sinho", WorkStep.DECISION, new WorkLists.Filter(null, null, null), 0, 500).items())
                .allSatisfy(i -> assertThat(i.candidateUnit()).isEqualTo("sinho"));
        assertThat(workLists.waiting("tinh.thamdinh", WorkStep.DECISION, new WorkLists.Filter(null, null, null), 0, 500).total()).isZero();
    }

    java.util.Set<String> listed(String user, WorkStep step) {
        return workTasks.waiting(user, step).stream().map(WaitingTask::taskId).collect(java.util.stream.Collectors.toSet());
    }

    /** The reference: the engine's task query as the user (with its authorization join), as the list read before. */
    java.util.Set<String> authorized(String user, WorkStep step) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        List<String> roleGroups = groups.stream().filter(g -> g.startsWith(step.role() + ".")).toList();
        if (roleGroups.isEmpty()) {
            return java.util.Set.of();
        }
        identityService.setAuthentication(user, groups);
        try {
            return taskService.createTaskQuery().processDefinitionKey("nomination").taskDefinitionKey(step.taskKey()).taskCandidateGroupIn(roleGroups)
                    .includeAssignedTasks().active().list().stream().filter(t -> t.getAssignee() == null || user.equals(t.getAssignee()))
                    .map(t -> t.getId()).collect(java.util.stream.Collectors.toSet());
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void anAnswerTheStepsRulesRefuseIsRefusedForItsRowAsInTasklist() {
        String code = dossiers.atDecision("Lò Văn Bảy");
        String task = dossiers.taskId(code, "decision");
        // The decision's own rule (DecisionRule.NUMBER_WELL_FORMED), applied by the step's listener.
        assertThatThrownBy(() -> workTasks.complete("tinh.chutich", task, WorkStep.DECISION, Map.of("decisionNumber", "abc", "decisionDate", "2019-12-20")))
                .isInstanceOfSatisfying(WorkRefusedException.class, e -> {
                    assertThat(e.refusal().kind()).isEqualTo(WorkRefusal.Kind.REFUSED);
                    assertThat(e.refusal().reason()).contains("Số quyết định không hợp lệ");
                });
        // The variable guard: a variable the step's allow-list does not name.
        assertThatThrownBy(() -> workTasks.complete("tinh.chutich", task, WorkStep.DECISION, Map.of("decisionNumber", "12/QĐ-UBND",
                "decisionDate", "2019-12-20", "route", "x")))
                .isInstanceOfSatisfying(WorkRefusedException.class, e -> assertThat(e.refusal().reason()).contains("route"));
        assertThat(workflow.currentSteps(code)).containsExactly("decision");
    }

    @Test
    void badBatchesAreRefusedWhole() throws Exception {
        postJson("tinh.thamdinh", "/api/work/appraisals/complete", Map.of("taskIds", List.of(), "outcome", "approve"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("Chưa chọn")));
        postJson("tinh.thamdinh", "/api/work/appraisals/complete", Map.of("taskIds", List.of("x"), "outcome", "reject"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detailEn", containsString("only batch answer is approve")));
        mvc.perform(get("/api/work/appraisals").with(user("tinh.thamdinh")).param("size", "0")).andExpect(status().isBadRequest());
    }
}
