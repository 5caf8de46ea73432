package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.appraisal.Disclosures;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.StepOutcome;
import vn.khenthuong.workflow.engine.ActingUser;

/** The board may close answerDisclosureComments only when every comment has its answer. */
@Component("requireAnsweredCommentsListener")
class RequireAnsweredCommentsListener implements TaskListener {

    private final Disclosures disclosures;
    private final Nominations nominations;

    RequireAnsweredCommentsListener(Disclosures disclosures, Nominations nominations) {
        this.disclosures = disclosures;
        this.nominations = nominations;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = (String) task.getVariable(NOMINATION_CODE);
        int open = disclosures.unanswered(code);
        if (open > 0) {
            throw new BadUserRequestException("Còn " + open + " ý kiến chưa được trả lời / " + open + " comments still unanswered");
        }
        nominations.recordOutcome(code, ANSWER_DISCLOSURE_COMMENTS, StepOutcome.APPROVE, "Đã trả lời " + disclosures.comments(code).size() + " ý kiến",
                null, ActingUser.current(task.getProcessEngineServices().getIdentityService()));
    }
}
