package vn.khenthuong.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the deployment preparation ({@link DeploymentPreparation}) behind the variable guard on both command executors
 * and the flow check ({@link FlowCheckDeployer}) before the engine's own deployers: every deployment, whatever its door,
 * is named, completed and checked the same way. Only administrators get this far: the guard refuses a deployment
 * command to anyone else (403), and Camunda's DEPLOYMENT CREATE permission is granted to no other group.
 */
@Component
class FlowCheckPlugin extends AbstractProcessEnginePlugin {

    private final ListableBeanFactory beans;
    private final FlowsProperties properties;

    FlowCheckPlugin(ListableBeanFactory beans, FlowsProperties properties) {
        this.beans = beans;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ServerFlowFiles files = new ServerFlowFiles(properties);
        configuration.setCustomPreCommandInterceptorsTxRequired(withLast(configuration.getCustomPreCommandInterceptorsTxRequired(),
                new DeploymentPreparation(beans, files)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withLast(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new DeploymentPreparation(beans, files)));
        List<Deployer> deployers = new ArrayList<>();
        deployers.add(new FlowCheckDeployer(beans, files, properties.allowScripts()));
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
    }

    private static List<CommandInterceptor> withLast(List<CommandInterceptor> existing, CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(interceptor);
        return interceptors;
    }
}
