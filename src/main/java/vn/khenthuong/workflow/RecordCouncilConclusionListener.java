package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.council.ConclusionRefusedException;
import vn.khenthuong.council.CouncilConclusion;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Records the council's conclusion after the tally ({@link CouncilConclusion} holds its rules). A changed award
 * re-routes the nomination: the next step is read from the nominationRoute decision for the new award kind.
 */
@Component("recordCouncilConclusionListener")
class RecordCouncilConclusionListener implements TaskListener {

    private final Nominations nominations;
    private final Catalog catalog;
    private final RouteDecisions routes;

    RecordCouncilConclusionListener(Nominations nominations, Catalog catalog, RouteDecisions routes) {
        this.nominations = nominations;
        this.catalog = catalog;
        this.routes = routes;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            record(task);
        } catch (ConclusionRefusedException refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
    }

    private void record(DelegateTask task) {
        CouncilConclusion conclusion = CouncilConclusion.of(FormValues.text(task.getVariable(CONCLUSION)),
                FormValues.text(task.getVariable(COMMENT)), Boolean.TRUE.equals(task.getVariable(VOTE_PASSED)));
        String code = (String) task.getVariable(NOMINATION_CODE);
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        if (conclusion.changesAward()) {
            String proposed = FormValues.text(task.getVariable(NEW_AWARD_KIND_CODE));
            conclusion.checkNewAward((String) task.getVariable(AWARD_KIND_CODE), catalog.awardKind(proposed),
                    (String) task.getVariable(NOMINEE_KIND), Tier.of((String) task.getVariable(STEP_LEVEL)).orElse(null),
                    awardKind -> decidingLevel(task, awardKind));
            nominations.changeAwardKind(code, proposed, COUNCIL_CONCLUSION, conclusion.changeNote(), actor);
            task.setVariable(AWARD_KIND_CODE, proposed);
        } else {
            nominations.recordOutcome(code, COUNCIL_CONCLUSION, conclusion.proposes() ? OUTCOME_APPROVE : OUTCOME_REJECT,
                    conclusion.comment() != null ? conclusion.comment() : (String) task.getVariable(VOTE_SUMMARY), null, actor);
        }
    }

    /** The level of the route's last step for an award kind: whose chairman (or the centre) decides it. */
    private Tier decidingLevel(DelegateTask task, String awardKind) {
        try {
            List<RouteStep> route = routes.route(awardKind, (String) task.getVariable(NOMINEE_KIND),
                    (String) task.getVariable(PROCEDURE_KIND), (String) task.getVariable(TIER_MODEL), (String) task.getVariable(ORIGIN));
            String level = route.get(route.size() - 1).level();
            return Tier.of(level).orElseThrow(() -> new BadUserRequestException("Cấp không hợp lệ trong bảng nominationRoute: " + level
                    + " / unknown level " + level));
        } catch (RouteDecisions.RouteException noRoute) {
            throw new BadUserRequestException(noRoute.getMessage());
        }
    }
}
