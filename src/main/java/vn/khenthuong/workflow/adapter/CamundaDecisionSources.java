package vn.khenthuong.workflow.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import vn.khenthuong.rules.DecisionSources;
import vn.khenthuong.workflow.engine.ActingUser;

/** The XML of the latest deployed version of every decision, by resource name, for the rules catalogue. */
@Component
class CamundaDecisionSources implements DecisionSources {

    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engine;

    CamundaDecisionSources(RepositoryService repository, ProcessEngineConfigurationImpl engine) {
        this.repository = repository;
        this.engine = engine;
    }

    @Override
    public Map<String, byte[]> deployedDmn() {
        // Reference data the caller may read by its role; the engine's own authorizations are for its webapps.
        return ActingUser.withoutAuthorizationChecks(engine, () -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion().orderByDecisionDefinitionKey().asc().list()) {
                files.computeIfAbsent(d.getResourceName(), name -> read(d.getDeploymentId(), name));
            }
            return files;
        });
    }

    private byte[] read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
