package vn.khenthuong.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** khenthuong.flows.directory: an administrator's folder of flows, deployed under the same relative names. */
@SpringBootTest
@ActiveProfiles("test")
class FlowDeployerDirectoryTest {

    @Autowired RepositoryService repositoryService;

    @Test
    void deploysFlowsAndFormsFromAFolderOnce(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("processes"));
        Files.createDirectories(dir.resolve("forms"));
        Bpmn.writeModelToFile(dir.resolve("processes/probe.bpmn").toFile(), Bpmn.createExecutableProcess("flowDeployerProbe")
                .camundaHistoryTimeToLive(1).startEvent().userTask("look").camundaCandidateGroups("appraiser.laichau").camundaFormKey("embedded:deployment:forms/look.html").endEvent().done());
        Files.writeString(dir.resolve("forms/look.html"), "<form role=\"form\"><p>Thử</p></form>");
        FlowDeployer deployer = new FlowDeployer(repositoryService, new FlowsProperties(dir.toString()));

        String first = deployer.deploy();
        try {
            assertThat(repositoryService.getDeploymentResourceNames(first)).containsExactlyInAnyOrder("processes/probe.bpmn", "forms/look.html");
            assertThat(deployer.deploy()).as("unchanged files: no new deployment").isEqualTo(first);
        } finally {
            repositoryService.deleteDeployment(first, true);
        }
    }
}
