package vn.khenthuong.workflow.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Runs the flow check inside the engine, before its own deployers, on every new deployment whatever door it came
 * through (start-up, /engine-rest and so Camunda Modeler, our admin endpoint, the Java API, a redeploy from Cockpit's
 * REST API). A refusal throws inside the deploying command: its transaction rolls back and nothing of the deployment
 * is written. Deployments already made are not checked again when the engine loads them into its cache.
 */
final class FlowCheckDeployer implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(FlowCheckDeployer.class);

    private final ListableBeanFactory beans;
    private final ServerFlowFiles files;
    private final boolean scriptsAllowed;

    FlowCheckDeployer(ListableBeanFactory beans, ServerFlowFiles files, boolean scriptsAllowed) {
        this.beans = beans;
        this.files = files;
        this.scriptsAllowed = scriptsAllowed;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            resources.put(resource.getName(), resource.getBytes());
        }
        EngineFlowEnvironment environment = new EngineFlowEnvironment(Context.getCommandContext(), beans, files, scriptsAllowed, resources);
        List<FlowProblem> problems = FlowCheck.check(resources, environment);
        if (!problems.isEmpty()) {
            FlowRefusedException refused = new FlowRefusedException(problems);
            log.warn("Deployment '{}' ({}) refused by the flow check: {}", deployment.getName(), deployment.getSource(), refused.detailEn());
            throw refused;
        }
    }
}
