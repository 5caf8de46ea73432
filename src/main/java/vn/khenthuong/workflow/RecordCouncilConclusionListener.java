package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * The council's conclusion after the tally, recorded by its secretary: propose the award as filed, lower it to
 * one its own chairman decides, raise it to one decided higher up, or not propose it. A changed award re-routes
 * the nomination: the next step is read from the nominationRoute decision for the new award kind.
 */
@Component("recordCouncilConclusionListener")
class RecordCouncilConclusionListener implements TaskListener {

    private static final Set<String> CONCLUSIONS = Set.of(CONCLUSION_PROPOSE, CONCLUSION_LOWER, CONCLUSION_RAISE, CONCLUSION_REJECT);
    private static final Map<String, Integer> LEVEL_RANK = Map.of("COMMUNE", 1, "DISTRICT", 2, "PROVINCE", 3, "CENTRAL", 4);

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
        String conclusion = FormValues.text(task.getVariable(CONCLUSION));
        String comment = FormValues.text(task.getVariable(COMMENT));
        boolean passed = Boolean.TRUE.equals(task.getVariable(VOTE_PASSED));
        if (conclusion == null || !CONCLUSIONS.contains(conclusion)) {
            throw new BadUserRequestException("Cần chọn kết luận của Hội đồng / conclusion must be propose, lower, raise or reject");
        }
        if (!passed && (CONCLUSION_PROPOSE.equals(conclusion) || CONCLUSION_RAISE.equals(conclusion))) {
            throw new BadUserRequestException("Biểu quyết không đạt: Hội đồng chỉ có thể hạ mức khen trong thẩm quyền hoặc không đề nghị "
                    + "/ the vote failed: the council may only lower the award or not propose it");
        }
        if (!CONCLUSION_PROPOSE.equals(conclusion) && comment == null) {
            throw new BadUserRequestException("Cần ghi rõ lý do kết luận của Hội đồng / a comment is required");
        }
        String code = (String) task.getVariable(NOMINATION_CODE);
        String actor = ActingUser.current(task.getProcessEngineServices().getIdentityService());
        if (CONCLUSION_LOWER.equals(conclusion) || CONCLUSION_RAISE.equals(conclusion)) {
            String current = (String) task.getVariable(AWARD_KIND_CODE);
            String proposed = FormValues.text(task.getVariable(NEW_AWARD_KIND_CODE));
            checkChange(task, conclusion, current, proposed);
            nominations.changeAwardKind(code, proposed, COUNCIL_CONCLUSION,
                    (CONCLUSION_LOWER.equals(conclusion) ? "Hội đồng hạ mức khen: " : "Hội đồng nâng mức khen: ") + comment, actor);
            task.setVariable(AWARD_KIND_CODE, proposed);
        } else {
            nominations.recordOutcome(code, COUNCIL_CONCLUSION, CONCLUSION_PROPOSE.equals(conclusion) ? OUTCOME_APPROVE : OUTCOME_REJECT,
                    comment != null ? comment : (String) task.getVariable(VOTE_SUMMARY), null, actor);
        }
    }

    private void checkChange(DelegateTask task, String conclusion, String current, String proposed) {
        AwardKind kind = proposed == null ? null : catalog.awardKind(proposed).orElse(null);
        String nomineeKind = (String) task.getVariable(NOMINEE_KIND);
        if (kind == null || proposed.equals(current) || !kind.nomineeKinds().contains(nomineeKind)) {
            throw new BadUserRequestException("Cần chọn danh hiệu/hình thức khác, áp dụng cho đối tượng này / choose another award kind valid for this nominee");
        }
        String councilLevel = (String) task.getVariable(STEP_LEVEL);
        String newLevel = decidingLevel(task, proposed);
        if (CONCLUSION_LOWER.equals(conclusion) && !councilLevel.equals(newLevel)) {
            throw new BadUserRequestException("Hạ mức khen: chỉ chọn hình thức do Chủ tịch cùng cấp với Hội đồng quyết định "
                    + "/ lowering: choose an award decided at the council's own level (" + councilLevel + ")");
        }
        if (CONCLUSION_RAISE.equals(conclusion) && LEVEL_RANK.get(newLevel) <= LEVEL_RANK.get(decidingLevel(task, current))) {
            throw new BadUserRequestException("Nâng mức khen: chỉ chọn hình thức do cấp cao hơn quyết định "
                    + "/ raising: choose an award decided at a higher level");
        }
    }

    /** The level of the route's last step for an award kind: whose chairman (or the centre) decides it. */
    private String decidingLevel(DelegateTask task, String awardKind) {
        try {
            List<RouteStep> route = routes.route(awardKind, (String) task.getVariable(NOMINEE_KIND),
                    (String) task.getVariable(PROCEDURE_KIND), (String) task.getVariable(TIER_MODEL));
            return route.get(route.size() - 1).level();
        } catch (RouteDecisions.RouteException noRoute) {
            throw new BadUserRequestException(noRoute.getMessage());
        }
    }
}
