package vn.khenthuong.workflow;

import org.camunda.bpm.engine.BadUserRequestException;
import vn.khenthuong.nomination.InvalidDossierException;

/**
 * A dossier refused when filed, as the engine's "bad request": a start through /engine-rest or Tasklist's start form
 * answers 400 with the Vietnamese reasons, and the engine does not log it as a failure. Our API unwraps the
 * {@link InvalidDossierException} it carries ({@link CamundaNominationWorkflow}).
 */
public class DossierRefusedException extends BadUserRequestException {

    /** In Vietnamese only, one reason per field: Tasklist shows the message as it is (English: {@link #reasons()}). */
    DossierRefusedException(InvalidDossierException reasons) {
        super("Hồ sơ chưa hợp lệ: " + reasons.problems().stream().map(p -> p.messageVi()).distinct()
                .collect(java.util.stream.Collectors.joining("; ")), reasons);
    }

    public InvalidDossierException reasons() {
        return (InvalidDossierException) getCause();
    }
}
