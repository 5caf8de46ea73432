package vn.khenthuong.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.guard.FormVariableAllowList;

/**
 * Makes a deployment from Camunda Modeler (or any client) land as the start-up deployment does, before the engine's
 * duplicate filtering sees it:
 * <ol>
 * <li>Modeler names each file by its bare file name ({@code nomination.bpmn}, {@code communeReview.html}); a bare name
 * gets its folder ({@code processes/}, {@code forms/}), and a file the diagram references under another path with the
 * same file name gets that path — so {@code embedded:deployment:forms/communeReview.html} and the allow-list beside
 * the diagram ({@code processes/nomination.form-variables.yaml}) are found in the deployment.</li>
 * <li>A form or allow-list the diagram references but the administrator did not attach is copied from the
 * deployment now live for that process, else from the server's files: a process and its forms always travel in one
 * deployment, and a later change of a form never alters a version already deployed.</li>
 * <li>Modeler asks for {@code deploy-changed-only}, which would deploy only the changed files: a changed diagram without
 * its (unchanged) forms, or a changed form that no process version points to. The set is deployed whole instead, when
 * anything in it changed; identical files still deploy nothing (duplicate filtering stays on).</li>
 * </ol>
 */
final class DeploymentPreparation extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(DeploymentPreparation.class);

    private final ListableBeanFactory beans;
    private final ServerFlowFiles files;

    DeploymentPreparation(ListableBeanFactory beans, ServerFlowFiles files) {
        this.beans = beans;
        this.files = files;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof DeployCmd deploy)) {
            return next.execute(command);
        }
        DeploymentBuilderImpl builder = field(deploy, "deploymentBuilder");
        return next.execute(new Command<T>() {
            @Override
            public T execute(CommandContext context) {
                ActingUser.withoutAuthorizationChecks(context, () -> {
                    prepare(context, builder);
                    return null;
                });
                return command.execute(context);
            }
        });
    }

    private void prepare(CommandContext context, DeploymentBuilderImpl builder) {
        DeploymentEntity deployment = builder.getDeployment();
        if (deployment.getResources() == null || deployment.getResources().isEmpty()) {
            return; // a redeploy of earlier deployments: their resources already carry their names
        }
        List<String> changes = new ArrayList<>();
        rename(deployment, bareNames(deployment), changes);
        Map<String, byte[]> contents = contents(deployment);
        Set<String> referenced = referencedResources(contents);
        rename(deployment, byFileName(deployment, referenced), changes);
        contents = contents(deployment);
        EngineFlowEnvironment server = new EngineFlowEnvironment(context, beans, files, true, contents);
        for (String name : referenced) {
            if (!contents.containsKey(name)) {
                Optional<byte[]> copy = server.serverResource(name);
                if (copy.isPresent()) {
                    builder.addInputStream(name, new ByteArrayInputStream(copy.get()));
                    changes.add("+" + name);
                }
            }
        }
        if (builder.isDeployChangedOnly()) {
            setField(builder, "deployChangedOnly", false);
            changes.add("deploy-changed-only → whole set");
        }
        if (!changes.isEmpty()) {
            log.info("Deployment '{}' ({}) prepared: {}", deployment.getName(), deployment.getSource(), changes);
        }
    }

    private static Map<String, byte[]> contents(DeploymentEntity deployment) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        deployment.getResources().values().forEach(r -> contents.put(r.getName(), r.getBytes()));
        return contents;
    }

    /** Bare file names → the folder the start-up deployment uses for them. */
    private static Map<String, String> bareNames(DeploymentEntity deployment) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : deployment.getResources().keySet()) {
            if (name.contains("/") || name.contains("\\")) {
                continue;
            }
            if (FlowCheck.isDiagram(name) || FlowCheck.isDecision(name) || name.endsWith(FormVariableAllowList.SUFFIX)) {
                renames.put(name, "processes/" + name);
            } else if (name.endsWith(".html") || name.endsWith(".form")) {
                renames.put(name, "forms/" + name);
            }
        }
        return renames;
    }

    /** A referenced path missing from the deployment, held under another path with the same file name. */
    private static Map<String, String> byFileName(DeploymentEntity deployment, Set<String> referenced) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String wanted : referenced) {
            if (deployment.getResources().containsKey(wanted)) {
                continue;
            }
            String file = fileName(wanted);
            deployment.getResources().keySet().stream()
                    .filter(name -> fileName(name).equals(file) && !referenced.contains(name) && !renames.containsKey(name))
                    .findFirst().ifPresent(name -> renames.put(name, wanted));
        }
        return renames;
    }

    private static String fileName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static void rename(DeploymentEntity deployment, Map<String, String> renames, List<String> changes) {
        if (renames.isEmpty()) {
            return;
        }
        Map<String, ResourceEntity> renamed = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String target = renames.get(resource.getName());
            if (target != null && !deployment.getResources().containsKey(target)) {
                changes.add(resource.getName() + " → " + target);
                resource.setName(target);
            }
            renamed.put(resource.getName(), resource);
        }
        deployment.setResources(renamed);
    }

    /** Forms the diagrams reference in their deployment, and the allow-list beside each diagram. */
    static Set<String> referencedResources(Map<String, byte[]> contents) {
        Set<String> names = new LinkedHashSet<>();
        contents.forEach((name, bytes) -> {
            if (!FlowCheck.isDiagram(name)) {
                return;
            }
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
            } catch (RuntimeException e) {
                return; // the engine's parser reports it
            }
            names.add(FormVariableAllowList.resourceNameFor(name));
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() instanceof Process) {
                    addForm(names, start.getCamundaFormKey());
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                addForm(names, task.getCamundaFormKey());
            }
        });
        return names;
    }

    private static void addForm(Set<String> names, String formKey) {
        String name = formKey == null ? null : FlowCheck.deploymentResourceOf(formKey);
        if (name != null && !name.isBlank() && !name.contains("${")) {
            names.add(name);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object target, String name) {
        try {
            Field f = findField(target.getClass(), name);
            return (V) f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setField(Object target, String name, Object value) {
        try {
            findField(target.getClass(), name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + ": check DeploymentPreparation against this Camunda version");
    }
}
