package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Lineage;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.workflow.engine.ChangedOnly;
import vn.khenthuong.workflow.engine.DecisionTableUse;

/**
 * Moves the nomination to the next step of its route (nominationRoute decision, see {@link RouteDecisions#routeOf}):
 * a council's change of award kind, or an administrator's change of the table, takes effect from the next step.
 * Sets routeStep (what the gateway branches on), stepLevel and stepUnit (whose officials act).
 */
@Component("nextRouteStepDelegate")
class NextRouteStepDelegate implements JavaDelegate, DecisionTableUse {

    private final RouteDecisions routes;
    private final DeadlineExpressions deadlines;

    NextRouteStepDelegate(RouteDecisions routes, DeadlineExpressions deadlines) {
        this.routes = routes;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number last = (Number) execution.getVariable(LAST_STEP_ORDER);
        RouteStep step = routes.next(routes.routeOf(execution), last == null ? 0 : last.intValue()).orElseThrow(() -> new RouteDecisions.RouteException(
                "Tuyến xét duyệt đã hết mà chưa có quyết định (bảng nominationRoute)", "route ended without a decision"));
        execution.setVariable(LAST_STEP_ORDER, step.order());
        execution.setVariable(ROUTE_STEP, step.step());
        // Unchanged between two steps of one level.
        ChangedOnly.set(execution, STEP_LEVEL, step.level());
        ChangedOnly.set(execution, STEP_UNIT, unitAt(execution, step.level()));
        if (step.windowDays() != null) {
            // Working days on the engine's clock (process tests move it past the window): the disclosure must end at
            // least that many working days before the provincial council meets (Nghị định 98/2023, Điều 46, khoản 2).
            execution.setVariable(DISCLOSURE_CLOSES, deadlines.disclosureCloses(step.windowDays()));
        }
    }

    /** The unit of the nomination's lineage, fixed at filing, whose officials act at {@code level}. */
    private static String unitAt(DelegateExecution execution, String level) {
        Tier tier = Tier.of(level).orElseThrow(() -> new RouteDecisions.RouteException(
                "Cấp không hợp lệ trong bảng nominationRoute: " + level, "unknown level " + level));
        return new Lineage((String) execution.getVariable(UNIT_CODE), (String) execution.getVariable(DISTRICT_CODE),
                (String) execution.getVariable(PROVINCE_CODE)).unitAt(tier);
    }

    @Override
    public String decisionKey() {
        return ROUTE_DECISION;
    }

    /** What RouteDecisions.variables hands the table. */
    @Override
    public java.util.Set<String> suppliedInputs() {
        return RouteDecisions.variables(null, null, null, null, null).keySet();
    }
}
