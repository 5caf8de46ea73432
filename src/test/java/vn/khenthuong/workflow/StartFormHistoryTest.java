package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A dossier filed through Tasklist's start form arrives as one variable per field. Our tables and the audit chain
 * keep it; Camunda's variable history must not keep a copy of the nominee's identity number, address or birth year.
 */
@SpringBootTest
@ActiveProfiles("test")
class StartFormHistoryTest {

    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theStartFormsDossierFieldsLeaveNoCopyInCamundaHistory() {
        // What the form's inputs send (numbers as text, as an HTML form does).
        Map<String, Object> form = new HashMap<>();
        form.put("awardKindCode", "BK_TINH");
        form.put("procedureKind", "PERIODIC");
        form.put("nomineeKind", "INDIVIDUAL");
        form.put("nomineeName", "Giàng Thị Mỷ");
        form.put("nomineeIdNumber", "012345678977");
        form.put("nomineeBirthYear", "1990");
        form.put("nomineeGender", "FEMALE");
        form.put("nomineePosition", "Chi hội trưởng Chi hội Phụ nữ bản");
        form.put("nomineeAddress", "Bản Pu Sam Cáp, xã Pu Sam Cáp");
        form.put("achievements", "Vận động 40 hộ trồng cây ăn quả, tăng thu nhập cho bà con trong bản.");
        form.put("year", "2019");
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId();

        identityService.setAuthentication("xa.pusamcap", List.of("commune-official.pusamcap"));
        ProcessInstance instance;
        try {
            instance = formService.submitStartForm(definition, form);
        } finally {
            identityService.clearAuthentication();
        }

        String code = (String) runtimeService.getVariable(instance.getId(), NominationProcess.NOMINATION_CODE);
        assertThat(jdbc.queryForObject("select nominee_id_number from nomination where code = ?", String.class, code)).isEqualTo("012345678977");
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class, instance.getId()))
                .contains(NominationProcess.NOMINATION_CODE, NominationProcess.NOMINEE_NAME, NominationProcess.AWARD_KIND_CODE)
                .doesNotContainAnyElementsOf(DossierVariables.FORM_ONLY);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and (NAME_ = 'nomineeIdNumber' "
                + "or TEXT_ = '012345678977')", Long.class, instance.getId())).isZero();
    }

    @Test
    void anotherProcessKeepsTheHistoryOfAVariableWithOneOfTheseNames() {
        repositoryService.createDeployment().name("start-form-history-test").addModelInstance("startFormHistoryTest.bpmn",
                Bpmn.createExecutableProcess("startFormHistoryTest").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("wait").camundaCandidateGroups("appraiser.laichau").endEvent().done()).deploy();
        identityService.setAuthentication("admin", List.of("camunda-admin"));
        ProcessInstance other;
        try {
            other = runtimeService.startProcessInstanceByKey("startFormHistoryTest", Map.of("year", 2026, "nomineeIdNumber", "x"));
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class, other.getId()))
                .containsExactlyInAnyOrder("year", "nomineeIdNumber");
    }
}
