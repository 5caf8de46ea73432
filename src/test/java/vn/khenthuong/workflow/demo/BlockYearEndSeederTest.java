package vn.khenthuong.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.khenthuong.workflow.block.BlockYearEndProcess;

/**
 * With the demo seeds on, the 2019 year end waits where a newcomer can walk it: Sìn Hồ's and Phong Thổ's results at the
 * head unit's check (huyen.phongtho), Than Uyên's draft at its officer's entry (huyen.thanuyen), the report's figures
 * stored with their "minh hoạ" marks; and the walk works with those demo users.
 */
@SpringBootTest(properties = "khenthuong.seeds.sample-dossiers=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BlockYearEndSeederTest {

    @Autowired BlockYearEndSeeder seeder;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    List<Task> tasksOf(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return taskService.createTaskQuery().processDefinitionKey(BlockYearEndProcess.PROCESS_KEY).processInstanceBusinessKey("KHOI_HUYEN_TP/2019")
                .or().taskCandidateGroupIn(groups).taskAssignee(userId).endOr().list();
    }

    @Test
    void the2019YearEndWaitsAtTheHeadUnitsCheckAndCanBeWalked() throws Exception {
        mvc.perform(get("/api/block-year-ends/KHOI_HUYEN_TP/2019").with(user("huyen.phongtho")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESULTS"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'sinho')].state").value("SUBMITTED"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'phongtho')].state").value("SUBMITTED"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'thanuyen')].state").value("DRAFT"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'tanuyen')].state").value("ACCEPTED"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'phongtho')].results.leaderName").value("Trần Văn Quế"))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'phongtho')].results.values[?(@.indicatorCode == 'THU_NGAN_SACH')].value").value(203))
                .andExpect(jsonPath("$.members[?(@.unitCode == 'phongtho')].results.values[?(@.indicatorCode == 'CHE_PHU_RUNG')].minhHoa").value(true));
        assertThat(tasksOf("huyen.phongtho")).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("checkBlockResults", "checkBlockResults");
        assertThat(tasksOf("huyen.thanuyen")).extracting(Task::getName).containsExactly("Nhập kết quả thực hiện giao ước: Huyện Than Uyên, năm 2019");
        assertThat(tasksOf("huyen.sinho")).isEmpty();

        // Restarting adds nothing.
        seeder.seed();
        assertThat(jdbc.queryForObject("select count(*) from block_year_end where year = 2019", Long.class)).isEqualTo(1);

        // The walk: Than Uyên submits, the head unit returns Sìn Hồ's results and accepts Than Uyên's.
        complete("huyen.thanuyen", tasksOf("huyen.thanuyen").get(0), Map.of());
        Task sinho = tasksOf("huyen.phongtho").stream().filter(t -> t.getName().contains("Sìn Hồ")).findFirst().orElseThrow();
        complete("huyen.phongtho", sinho, Map.of("outcome", "return", "returnReason", "Đề nghị bổ sung minh chứng thu nhập bình quân"));
        Task thanuyen = tasksOf("huyen.phongtho").stream().filter(t -> t.getName().contains("Than Uyên")).findFirst().orElseThrow();
        complete("huyen.phongtho", thanuyen, Map.of("outcome", "accept"));
        assertThat(tasksOf("huyen.sinho")).extracting(Task::getTaskDefinitionKey).containsExactly("enterBlockResults");
        assertThat(jdbc.queryForList("select m.state from block_member_result m join block_year_end y on y.id = m.round_id where y.year = 2019"
                + " and m.unit_code in ('sinho', 'thanuyen') order by m.unit_code", String.class)).containsExactly("RETURNED", "ACCEPTED");

        // On to the end: Sìn Hồ submits again, the head unit accepts it and its own results, the eight units vote...
        complete("huyen.sinho", tasksOf("huyen.sinho").get(0), Map.of());
        for (Task check : tasksOf("huyen.phongtho")) {
            complete("huyen.phongtho", check, Map.of("outcome", "accept"));
        }
        Map<String, String> voters = Map.of("phongtho", "huyen.phongtho", "tp-laichau", "huyen.tplaichau", "tanuyen", "huyen.tanuyen",
                "tamduong", "huyen.tamduong", "muongte", "huyen.muongte", "sinho", "huyen.sinho", "namnhun", "huyen.namnhun", "thanuyen", "huyen.thanuyen");
        for (Map.Entry<String, String> v : voters.entrySet()) {
            mvc.perform(post("/api/block-year-ends/KHOI_HUYEN_TP/2019/ballots/" + v.getKey()).with(csrf()).with(user(v.getValue()))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"confirm\": true}")).andExpect(status().isNoContent());
            complete(v.getValue(), tasksOf(v.getValue()).stream().filter(t -> t.getTaskDefinitionKey().equals("castBlockBallot")).findFirst().orElseThrow(),
                    Map.of());
        }
        // ... and the head unit's officer submits: the proposals wait at the province's appraisal, proposed by Phong Thổ.
        assertThat(tasksOf("huyen.phongtho")).extracting(Task::getName)
                .containsExactly("Trưởng khối trình hồ sơ đề nghị khen thưởng lên tỉnh: Huyện Phong Thổ, năm 2019");
        complete("huyen.phongtho", tasksOf("huyen.phongtho").get(0), Map.of());
        List<String> codes = jdbc.queryForList("select p.nomination_code from block_proposal p join block_year_end y on y.id = p.round_id"
                + " where y.year = 2019 and y.block_code = 'KHOI_HUYEN_TP' order by p.nomination_code", String.class);
        assertThat(codes).hasSize(3).doesNotContainNull();
        List<String> groups = identityService.createGroupQuery().groupMember("tinh.thamdinh").list().stream().map(Group::getId).toList();
        for (String code : codes) {
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).taskCandidateGroupIn(groups).list())
                    .extracting(Task::getTaskDefinitionKey).as(code).containsExactly("provincialAppraisal");
        }
        assertThat(jdbc.queryForList("select distinct unit_code || ' ' || origin || ' ' || created_by from nomination where code in (?, ?, ?)",
                String.class, codes.toArray())).containsExactly("phongtho BLOCK huyen.phongtho");
    }

    void complete(String userId, Task task, Map<String, Object> variables) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
