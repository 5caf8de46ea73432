package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.DossierOrigin;
import vn.khenthuong.workflow.engine.LatestDecisions;

/**
 * Reads a nomination's route from the nominationRoute decision (processes/nominationRoute.dmn), always from its
 * latest deployed version: an administrator's change applies from the next step of running nominations.
 * <p>
 * A running nomination keeps the route it was last given in the variable {@code route}, with the table version
 * and the inputs it was read for. At each step only the latest version's id is looked up; the table is evaluated
 * again (and its evaluation recorded in the decision history) only when that version or an input has changed:
 * at filing, after a council changed the award kind, after an administrator deployed a new table.
 */
@Component
class RouteDecisions {

    private final LatestDecisions latest;

    RouteDecisions(LatestDecisions latest) {
        this.latest = latest;
    }

    /**
     * The steps, in order. Throws when the table gives no route ending in a decision, or two steps with one
     * order number: an administrator's mistake that must not silently skip a level.
     */
    List<RouteStep> route(String awardKindCode, String nomineeKind, String procedureKind, String tierModel, String origin) {
        String o = originOf(origin);
        return checked(evaluate(awardKindCode, nomineeKind, procedureKind, tierModel, o),
                awardKindCode + " / " + nomineeKind + " / " + procedureKind + " / " + tierModel + " / " + o);
    }

    /** A nomination started before V25 has no origin variable: it is a unit's own dossier. */
    static String originOf(Object origin) {
        return DossierOrigin.of(origin == null ? null : origin.toString()).value();
    }

    private static List<RouteStep> checked(DmnDecisionResult result, String context) {
        List<RouteStep> steps = result.getResultList().stream().map(RouteDecisions::step)
                .sorted(Comparator.comparingInt(RouteStep::order)).toList();
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

    /**
     * The route of a running nomination, from its stored copy while the latest table and the inputs are those it
     * was read for, else evaluated again and stored. Must run inside the engine (a delegate or listener).
     */
    List<RouteStep> routeOf(VariableScope execution) {
        String latestId = latest.idOf(ROUTE_DECISION);
        String awardKind = (String) execution.getVariable(AWARD_KIND_CODE);
        String nomineeKind = (String) execution.getVariable(NOMINEE_KIND);
        String procedureKind = (String) execution.getVariable(PROCEDURE_KIND);
        String tierModel = (String) execution.getVariable(TIER_MODEL);
        String origin = originOf(execution.getVariable(ORIGIN));
        // A unit's dossier keeps the four-input key it was stored with before V25, so it is not evaluated again for nothing.
        String inputs = awardKind + "/" + nomineeKind + "/" + procedureKind + "/" + tierModel
                + (DossierOrigin.UNIT.value().equals(origin) ? "" : "/" + origin);
        StoredRoute stored = StoredRoute.parse((String) execution.getVariable(ROUTE));
        if (stored != null && stored.decisionDefinitionId().equals(latestId) && stored.inputs().equals(inputs)) {
            return stored.steps();
        }
        Map<String, Object> variables = variables(awardKind, nomineeKind, procedureKind, tierModel, origin);
        LatestDecisions.Evaluation evaluation = latest.evaluate(ROUTE_DECISION, variables);
        List<RouteStep> steps = checked(evaluation.result(), inputs);
        execution.setVariable(ROUTE, new StoredRoute(evaluation.decisionDefinitionId(), inputs, steps).format());
        return steps;
    }

    /** The first step after {@code lastOrder}: how a route resumes after a council lowered or raised the award. */
    Optional<RouteStep> next(List<RouteStep> route, int lastOrder) {
        return route.stream().filter(s -> s.order() > lastOrder).findFirst();
    }

    static Map<String, Object> variables(String awardKindCode, String nomineeKind, String procedureKind, String tierModel, String origin) {
        return Variables.createVariables().putValue("awardKindCode", awardKindCode)
                .putValue("nomineeKind", nomineeKind).putValue("procedureKind", procedureKind).putValue("tierModel", tierModel)
                .putValue("origin", originOf(origin));
    }

    private DmnDecisionResult evaluate(String awardKindCode, String nomineeKind, String procedureKind, String tierModel, String origin) {
        return latest.evaluate(ROUTE_DECISION, variables(awardKindCode, nomineeKind, procedureKind, tierModel, origin)).result();
    }

    private static RouteStep step(Map<String, Object> row) {
        Number days = (Number) row.get("windowDays");
        return new RouteStep(((Number) row.get("stepOrder")).intValue(), (String) row.get("step"), (String) row.get("level"),
                days == null ? null : days.intValue());
    }

    /**
     * The route as stored in the process, readable in Cockpit:
     * {@code nominationRoute:2:… | BK_TTG/INDIVIDUAL/PERIODIC/TWO_TIER | 10 COMMUNE_REVIEW COMMUNE, 70 DISCLOSURE PROVINCE 10, …}
     * (order, step, level and, for a disclosure, its window in days).
     */
    record StoredRoute(String decisionDefinitionId, String inputs, List<RouteStep> steps) {

        /** The stored route, or null when there is none or it cannot be read (then the table is evaluated again). */
        static StoredRoute parse(String text) {
            String[] parts = text == null ? new String[0] : text.split(" \\| ", -1);
            if (parts.length != 3) {
                return null;
            }
            List<RouteStep> steps = new java.util.ArrayList<>();
            for (String step : parts[2].split(", ")) {
                String[] f = step.split(" ");
                if (f.length < 3 || f.length > 4 || !f[0].matches("\\d+") || (f.length == 4 && !f[3].matches("\\d+"))) {
                    return null; // e.g. edited by hand in Cockpit
                }
                steps.add(new RouteStep(Integer.parseInt(f[0]), f[1], f[2], f.length == 4 ? Integer.valueOf(f[3]) : null));
            }
            return new StoredRoute(parts[0], parts[1], List.copyOf(steps));
        }

        String format() {
            return decisionDefinitionId + " | " + inputs + " | " + String.join(", ", steps.stream().map(s -> s.order() + " " + s.step()
                    + " " + s.level() + (s.windowDays() == null ? "" : " " + s.windowDays())).toList());
        }
    }

    /** A route the table cannot give; the message is for the official (Vietnamese) and the log (English). */
    static class RouteException extends RuntimeException {
        RouteException(String vi, String en) {
            super(vi + " / " + en);
        }
    }
}
