package vn.khenthuong.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.khenthuong.audit.Vocabulary;

/** Gives the trail and the auditors' search the same names as the dossier page and the Tasklist. */
@Component
class AuditVocabulary implements Vocabulary {

    @Override
    public String statusName(String status) {
        return Labels.status(status);
    }

    @Override
    public String outcomeName(String outcome) {
        return Labels.outcome(outcome);
    }

    @Override
    public Optional<String> stepName(String stepId) {
        return Labels.step(stepId).map(Labels.Step::name);
    }
}
