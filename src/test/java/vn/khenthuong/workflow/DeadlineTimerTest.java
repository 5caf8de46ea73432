package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code dueDates} bean inside timer expressions on the real engine: the timer's due date is the working-day
 * deadline counted from the engine clock, and an overdue supplementation leaves the task for an escalation.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineTimerTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;

    String deploymentId;

    @BeforeEach
    void deployProbe() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("deadlineProbe").camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("appraisalWindow").timerWithDate("${dueDates.appraisal(execution)}")
                .userTask("supplement").camundaCandidateGroups("commune-official.pusamcap")
                .boundaryEvent("overdue").timerWithDate("${dueDates.supplementation(execution)}")
                .userTask("escalate").camundaCandidateGroups("appraiser.laichau").endEvent()
                .moveToActivity("supplement").endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().addModelInstance("deadlineProbe.bpmn", probe).deploy().getId();
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @ParameterizedTest(name = "{0} at {1}: appraisal due {2}, supplementation asked {3} due {4}")
    @CsvSource({
            // 20 working days across Tết 2026; 5 working days across 30/4–1/5/2025 counting the make-up Saturday 26/4.
            "PERIODIC, 2026-02-11T09:00+07:00, 2026-03-18T17:00+07:00, 2025-04-25T10:00+07:00, 2025-05-06T17:00+07:00",
            // Ad hoc: 10 at province, 3 for supplementation (seeds/deadlines.yaml); across Quốc khánh 2025.
            "AD_HOC,   2026-02-11T09:00+07:00, 2026-03-04T17:00+07:00, 2025-08-28T10:00+07:00, 2025-09-04T17:00+07:00",
            // No procedureKind variable: the general lines apply.
            ",         2024-08-30T16:00+07:00, 2024-10-01T17:00+07:00, 2024-08-30T16:00+07:00, 2024-09-10T17:00+07:00",
    })
    void timersFallDueAtTheEndOfTheLastWorkingDay(String procedure, OffsetDateTime startedAt, OffsetDateTime appraisalDue,
                                                  OffsetDateTime supplementationAsked, OffsetDateTime supplementationDue) {
        ClockUtil.setCurrentTime(Date.from(startedAt.toInstant()));
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("deadlineProbe",
                procedure == null ? Map.of() : Map.of(NominationProcess.PROCEDURE_KIND, procedure));
        Job appraisal = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(appraisal.getDuedate()).isEqualTo(Date.from(appraisalDue.toInstant()));

        ClockUtil.setCurrentTime(Date.from(supplementationAsked.toInstant()));
        managementService.executeJob(appraisal.getId());
        assertThat(pi).isWaitingAt("supplement");
        Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(supplementationDue.toInstant()));

        // Fired by hand rather than by moving the clock past it, so the job executor does not race the test.
        managementService.executeJob(overdue.getId());
        assertThat(pi).isWaitingAt("escalate");
    }
}
