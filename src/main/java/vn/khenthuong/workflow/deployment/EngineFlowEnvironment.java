package vn.khenthuong.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * What the flow check needs from the engine and the application, inside the deploying command: the resources of the
 * deployments now live for the processes being deployed, the latest deployed decisions and Camunda forms, the Spring
 * beans a diagram names, and the engine's own timer parsers (the same ones that will read the timer at run time).
 */
final class EngineFlowEnvironment implements FlowCheck.Environment {

    private final CommandContext context;
    private final ProcessEngineConfigurationImpl configuration;
    private final ListableBeanFactory beans;
    private final ServerFlowFiles files;
    private final boolean scriptsAllowed;
    /** Deployments of the latest versions of the processes in the deployment being made, newest first. */
    private final List<String> liveDeployments;

    EngineFlowEnvironment(CommandContext context, ListableBeanFactory beans, ServerFlowFiles files, boolean scriptsAllowed,
            Map<String, byte[]> resources) {
        this.context = context;
        this.configuration = context.getProcessEngineConfiguration();
        this.beans = beans;
        this.files = files;
        this.scriptsAllowed = scriptsAllowed;
        this.liveDeployments = liveDeployments(context, processKeys(resources));
    }

    static Set<String> processKeys(Map<String, byte[]> resources) {
        Set<String> keys = new LinkedHashSet<>();
        resources.forEach((name, bytes) -> {
            if (FlowCheck.isDiagram(name)) {
                try {
                    Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Process.class)
                            .forEach(p -> keys.add(p.getId()));
                } catch (RuntimeException e) {
                    // the engine's parser reports it
                }
            }
        });
        return keys;
    }

    private static List<String> liveDeployments(CommandContext context, Set<String> processKeys) {
        List<String> ids = new ArrayList<>();
        for (String key : processKeys) {
            ProcessDefinitionEntity latest = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
            if (latest != null && !ids.contains(latest.getDeploymentId())) {
                ids.add(latest.getDeploymentId());
            }
        }
        return ids;
    }

    @Override
    public Optional<byte[]> serverResource(String name) {
        for (String deploymentId : liveDeployments) {
            ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, name);
            if (resource != null) {
                return Optional.of(resource.getBytes());
            }
        }
        return files.read(name);
    }

    @Override
    public Optional<byte[]> decisionOnServer(String key) {
        DecisionDefinitionEntity latest = context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key);
        if (latest == null) {
            return Optional.empty();
        }
        ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
        return Optional.ofNullable(resource).map(ResourceEntity::getBytes);
    }

    @Override
    public boolean camundaFormOnServer(String key) {
        return context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null;
    }

    @Override
    public boolean beanExists(String name) {
        return beans.containsBean(name);
    }

    @Override
    public <T> Optional<T> bean(String name, Class<T> type) {
        return beans.containsBean(name) && beans.isTypeMatch(name, type) ? Optional.of(beans.getBean(name, type)) : Optional.empty();
    }

    @Override
    public boolean classExists(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void parseTimer(String kind, String text) {
        if (text.contains("${") || text.contains("#{")) {
            // Evaluated when the timer starts (a due date of the case): its syntax is checked now.
            configuration.getExpressionManager().createExpression(text);
            return;
        }
        String calendar = switch (kind) {
            case "timeDate" -> DueDateBusinessCalendar.NAME;
            case "timeDuration" -> DurationBusinessCalendar.NAME;
            default -> CycleBusinessCalendar.NAME;
        };
        BusinessCalendar businessCalendar = configuration.getBusinessCalendarManager().getBusinessCalendar(calendar);
        if (businessCalendar.resolveDuedate(text, (java.util.Date) null) == null) {
            throw new IllegalArgumentException("no date");
        }
    }

    @Override
    public java.util.Collection<vn.khenthuong.workflow.engine.DecisionTableUse> decisionUses() {
        return beans.getBeansOfType(vn.khenthuong.workflow.engine.DecisionTableUse.class).values();
    }

    @Override
    public boolean scriptsAllowed() {
        return scriptsAllowed;
    }
}
