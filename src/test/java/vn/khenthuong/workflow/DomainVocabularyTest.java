package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.io.File;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import vn.khenthuong.council.CouncilConclusion;
import vn.khenthuong.nomination.Checkpoint;

/** The diagram's values reach the features as their types: every value the diagram uses has one. */
class DomainVocabularyTest {

    private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/nomination.bpmn"));

    @Test
    void everyValidationStepOfTheDiagramIsADossierCheckpoint() {
        List<String> steps = model.getModelElementsByType(CamundaInputParameter.class).stream()
                .filter(p -> VALIDATION_STEP.equals(p.getCamundaName())).map(CamundaInputParameter::getTextContent).toList();
        assertThat(steps).extracting(NominationProcess::checkpoint)
                .containsExactlyInAnyOrder(Checkpoint.COMMUNE_REVIEW, Checkpoint.SUBMISSION, Checkpoint.PROVINCIAL_APPRAISAL);
        assertThatThrownBy(() -> checkpoint("districtReview")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConclusionsOfTheContractAreTheCouncilsConclusionKinds() {
        assertThat(List.of(CONCLUSION_PROPOSE, CONCLUSION_LOWER, CONCLUSION_RAISE, CONCLUSION_REJECT))
                .containsExactlyElementsOf(java.util.Arrays.stream(CouncilConclusion.Kind.values()).map(CouncilConclusion.Kind::value).toList());
    }
}
