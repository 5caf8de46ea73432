package vn.khenthuong.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.khenthuong.workflow.NominationProcess;

/**
 * Deploys processes/ and forms/ from the classpath at start-up, under stable relative names
 * ({@code processes/nomination.bpmn}, {@code forms/communeReview.html}), in ONE deployment so that
 * {@code embedded:deployment:forms/...} keys find the forms deployed with their process.
 * Camunda's auto-deployment is off: it records absolute paths from an IDE and bare names in a jar (CAMUNDA.md).
 * Duplicate filtering makes a restart with unchanged files create no new version; a change to any file
 * redeploys all of them together (deployChangedOnly=false), keeping a process and its forms in one deployment.
 * With {@code khenthuong.flows.directory} set, the files come from that folder instead, and an administrator can
 * redeploy edited files without a restart (POST /api/admin/flows/deploy).
 */
@Component
public class FlowDeployer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FlowDeployer.class);
    static final List<String> FOLDERS = List.of("processes", "forms");

    private final RepositoryService repositoryService;
    /** Where processes/ and forms/ are read from: the classpath, or a folder an administrator edits on the server. */
    private final ServerFlowFiles files;

    FlowDeployer(RepositoryService repositoryService, FlowsProperties properties) {
        this.repositoryService = repositoryService;
        this.files = new ServerFlowFiles(properties);
    }

    @Override
    public void afterPropertiesSet() {
        deploy();
    }

    /** Deploys the current files; returns the new deployment's id, or the existing one's when nothing changed. */
    public String deploy() {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(NominationProcess.DEPLOYMENT_NAME)
                .source(files.fromDirectory() ? "directory" : "classpath")
                .enableDuplicateFiltering(false);
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (Resource resource : files.list(folder)) {
                String name = folder + "/" + resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + name, e);
                }
                names.add(name);
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info("Deployment {} ({}): {}", deployment.getName(), deployment.getId(), names);
        return deployment.getId();
    }
}
