package vn.khenthuong.workflow.adapter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;
import vn.khenthuong.emulation.ScoringTable;
import vn.khenthuong.workflow.engine.LatestDecisions;

/**
 * Evaluates the latest deployed processes/blockScoring.dmn for one indicator. Numbers go in as doubles (a BigDecimal
 * would become a serialized object variable) and the points come back through their decimal text, never the binary
 * double, before the caller rounds them.
 */
@Component
class DmnBlockScoring implements ScoringTable {

    static final String DECISION = "blockScoring";

    private final LatestDecisions latest;

    DmnBlockScoring(LatestDecisions latest) {
        this.latest = latest;
    }

    @Override
    public Points score(Input in) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("scoring", in.scoring().name());
        variables.put("resultValue", in.result().doubleValue());
        variables.put("planValue", in.plan().doubleValue());
        variables.put("weight", in.weight().doubleValue());
        variables.put("capPercent", in.capPercent() == null ? null : in.capPercent().doubleValue());
        variables.put("bonusPoints", in.bonusPoints().doubleValue());
        variables.put("penaltyPoints", in.penaltyPoints().doubleValue());
        DmnDecisionResultEntries row = latest.evaluate(DECISION, variables).result().getSingleResult();
        if (row == null || row.getEntry("points") == null) {
            throw new IllegalStateException("Bảng blockScoring không có dòng cho " + in.scoring() + " / no blockScoring rule for " + in);
        }
        Number points = row.getEntry("points");
        return new Points(new BigDecimal(points.toString()), row.getEntry("rule"));
    }
}
