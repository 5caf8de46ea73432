package vn.khenthuong.workflow.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.khenthuong.workflow.NominationProcess;

/**
 * What an administrator does in Modeler to make version 2 of the nomination process: the district's review gets a new
 * id ({@code districtReview} → {@code districtOfficeReview}, so Camunda cannot map it by id), and a new step
 * {@code checkDocuments} (the commune checks the documents) comes after {@code prepareDossier}. Both with their diagram
 * shapes, candidate groups, a form of the deployment and their lines in the allow-list, and deployed with the forms
 * as the deployer does. {@link #restore} deploys the shipped files again, as an administrator rolls back.
 */
final class Version2 {

    static final String RENAMED_FROM = "districtReview";
    static final String RENAMED_TO = "districtOfficeReview";
    static final String ADDED = "checkDocuments";

    private final RepositoryService repositoryService;

    Version2(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    static String shipped(String path) {
        try (InputStream in = Version2.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String diagram() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(shipped("processes/nomination.bpmn").getBytes(StandardCharsets.UTF_8)));
        FlowNode prepare = model.getModelElementById(NominationProcess.PREPARE_DOSSIER);
        SequenceFlow old = model.getModelElementsByType(SequenceFlow.class).stream().filter(f -> f.getSource() == prepare).findFirst().orElseThrow();
        FlowNode next = old.getTarget();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == old) {
                edge.getParentElement().removeChildElement(edge);
            }
        }
        prepare.getOutgoing().remove(old);
        next.getIncoming().remove(old);
        old.getParentElement().removeChildElement(old);
        prepare.builder().userTask(ADDED).name("Xã kiểm tra đủ tài liệu").camundaCandidateGroups("commune-official.${unitCode}")
                .camundaFormKey("embedded:deployment:forms/prepareDossier.html").connectTo(next.getId());
        Bpmn.validateModel(model);
        // Modeler renames the id everywhere it is referenced: the task, its flows' ends and its shape.
        return Bpmn.convertToString(model).replace("\"" + RENAMED_FROM + "\"", "\"" + RENAMED_TO + "\"")
                .replace("name=\"Phòng Nội vụ huyện xét duyệt\"", "name=\"Phòng Nội vụ huyện thẩm tra, xét duyệt\"");
    }

    static String allowList() {
        String shipped = shipped("processes/nomination.form-variables.yaml");
        return (shipped.endsWith("\n") ? shipped : shipped + "\n") + "  " + RENAMED_TO + ":\n    outcome: { type: String, maxLength: 20 }\n"
                + "    comment: { type: String, maxLength: 4000 }\n  " + ADDED + ": {}\n";
    }

    ProcessDefinition deploy() {
        return deploy(diagram(), allowList(), "phiên bản 2 (kiểm thử chuyển phiên bản)");
    }

    ProcessDefinition restore() {
        return deploy(shipped("processes/nomination.bpmn"), shipped("processes/nomination.form-variables.yaml"), "phiên bản gốc (khôi phục)");
    }

    private ProcessDefinition deploy(String diagram, String allowList, String source) {
        DeploymentBuilder builder = repositoryService.createDeployment().name(NominationProcess.DEPLOYMENT_NAME).source(source)
                .addString("processes/nomination.bpmn", diagram).addString("processes/nomination.form-variables.yaml", allowList);
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.*")) {
                try (InputStream in = form.getInputStream()) {
                    builder.addInputStream("forms/" + form.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String deploymentId = builder.deploy().getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).processDefinitionKey(NominationProcess.PROCESS_KEY)
                .singleResult();
    }
}
