package vn.khenthuong.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.workflow.NominationProcess;

/** The demo's sample dossiers reach their steps on the real engine, once. */
@SpringBootTest
@ActiveProfiles("test")
class SampleDossierSeederTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ApplicationContext context;

    @Test
    void samplesWaitWhereTheFileSaysAndSeedingTwiceAddsNothing() {
        SampleDossierSeeder seeder = new SampleDossierSeeder(runtimeService, taskService, historyService, identityService,
                context.getBeanProvider(SampleDocuments.class));

        seeder.seed();
        seeder.seed();

        for (SampleDossierSeeder.Sample sample : SampleDossierSeeder.load().dossiers()) {
            assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(SampleDossierSeeder.SAMPLE_KEY, sample.key()).count())
                    .as(sample.key()).isEqualTo(1);
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .variableValueEquals(SampleDossierSeeder.SAMPLE_KEY, sample.key()).singleResult();
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
                    .as(sample.key()).extracting(Task::getTaskDefinitionKey).contains(sample.waitsAt())
                    .isSubsetOf(sample.waitsAt(), NominationProcess.RECORD_WRITTEN_BALLOTS);
            assertThat(instance.getBusinessKey()).startsWith("LC-2019-");
        }
    }
}
