package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.ROUTE_DECISION;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads a nomination's route from the nominationRoute decision (processes/nominationRoute.dmn), always from its
 * latest deployed version: an administrator's change applies from the next step of running nominations.
 */
@Component
class RouteDecisions {

    private final DecisionService decisions;

    RouteDecisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * The steps, in order. Throws when the table gives no route ending in a decision, or two steps with one
     * order number: an administrator's mistake that must not silently skip a level.
     */
    List<RouteStep> route(String awardKindCode, String nomineeKind, String procedureKind, String tierModel) {
        DmnDecisionResult result = evaluate(awardKindCode, nomineeKind, procedureKind, tierModel);
        List<RouteStep> steps = result.getResultList().stream().map(RouteDecisions::step)
                .sorted(Comparator.comparingInt(RouteStep::order)).toList();
        String context = awardKindCode + " / " + nomineeKind + " / " + procedureKind + " / " + tierModel;
        Set<Integer> orders = new HashSet<>();
        for (RouteStep s : steps) {
            if (!orders.add(s.order())) {
                throw new RouteException("Bảng nominationRoute có hai bước cùng thứ tự " + s.order() + " cho " + context,
                        "two route steps share order " + s.order() + " for " + context);
            }
        }
        if (steps.isEmpty() || !steps.get(steps.size() - 1).ends()) {
            throw new RouteException("Không có tuyến xét duyệt kết thúc bằng quyết định khen thưởng cho " + context
                    + " (bảng nominationRoute)", "no route ending in a decision for " + context);
        }
        return steps;
    }

    /** The first step after {@code lastOrder}: how a route resumes after a council lowered or raised the award. */
    Optional<RouteStep> next(List<RouteStep> route, int lastOrder) {
        return route.stream().filter(s -> s.order() > lastOrder).findFirst();
    }

    private DmnDecisionResult evaluate(String awardKindCode, String nomineeKind, String procedureKind, String tierModel) {
        Map<String, Object> inputs = Variables.createVariables().putValue("awardKindCode", awardKindCode)
                .putValue("nomineeKind", nomineeKind).putValue("procedureKind", procedureKind).putValue("tierModel", tierModel);
        CommandContext command = Context.getCommandContext();
        // Inside a delegate the engine checks the acting official's right to evaluate decisions; the route is the
        // process's own rule, not an official's request, so it is read without that check (as a business rule task is).
        if (command != null) {
            return command.runWithoutAuthorization(() ->
                    decisions.evaluateDecisionByKey(ROUTE_DECISION).variables(inputs).evaluate());
        }
        return decisions.evaluateDecisionByKey(ROUTE_DECISION).variables(inputs).evaluate();
    }

    private static RouteStep step(Map<String, Object> row) {
        Number days = (Number) row.get("windowDays");
        return new RouteStep(((Number) row.get("stepOrder")).intValue(), (String) row.get("step"), (String) row.get("level"),
                days == null ? null : days.intValue());
    }

    /** A route the table cannot give; the message is for the official (Vietnamese) and the log (English). */
    static class RouteException extends RuntimeException {
        RouteException(String vi, String en) {
            super(vi + " / " + en);
        }
    }
}
