package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Tier;

/**
 * Words the "approve" choice of a review after where this nomination's route goes next (nominationRoute, read with
 * the dossier's tier model): since the two-tier reform of 1 July 2025 a commune's approval goes to the province, not
 * to a district that no longer exists, and a commune certificate goes to the commune's own council. The review forms
 * show it instead of a fixed "lên huyện".
 */
@Component
class ApproveWordingListener implements TaskListener {

    static final Set<String> REVIEWS = Set.of(COMMUNE_REVIEW, DISTRICT_REVIEW, PROVINCIAL_APPRAISAL);

    private final RouteDecisions routes;

    ApproveWordingListener(RouteDecisions routes) {
        this.routes = routes;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!REVIEWS.contains(task.getTaskDefinitionKey()) || task.getVariable(AWARD_KIND_CODE) == null) {
            return;
        }
        Number last = (Number) task.getVariable(LAST_STEP_ORDER);
        RouteStep next = routes.next(routes.routeOf(task.getExecution()), last == null ? 0 : last.intValue()).orElse(null);
        task.setVariableLocal(APPROVE_WORDING, wording(next));
    }

    /** "Đồng ý, …" naming the next step and its level; the plain "Đồng ý" when the route names none. */
    static String wording(RouteStep next) {
        if (next == null) {
            return "Đồng ý";
        }
        String level = Tier.of(next.level()).map(ApproveWordingListener::place).orElse("");
        return switch (next.step()) {
            case "COMMUNE_REVIEW", "DISTRICT_REVIEW" -> "Đồng ý, chuyển tiếp lên " + level;
            case "COUNCIL" -> "Đồng ý, trình Hội đồng Thi đua – Khen thưởng " + level;
            case "APPRAISAL" -> "Đồng ý, chuyển tiếp lên tỉnh thẩm định";
            case "DISCLOSURE" -> "Đồng ý, công khai lấy ý kiến";
            case STEP_DECISION -> "Đồng ý, trình Chủ tịch UBND " + level + " quyết định";
            case STEP_CENTRAL_DECISION -> "Đồng ý, trình cấp Trung ương quyết định";
            default -> "Đồng ý, chuyển bước tiếp theo";
        };
    }

    private static String place(Tier tier) {
        return switch (tier) {
            case COMMUNE -> "xã";
            case DISTRICT -> "huyện";
            case PROVINCE -> "tỉnh";
            case CENTRAL -> "Trung ương";
        };
    }
}
