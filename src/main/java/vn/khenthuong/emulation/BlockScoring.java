package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/**
 * Scores a round once every member's results are accepted: each indicator through the scoring table
 * ({@link ScoringTable}, processes/blockScoring.dmn), the total per member, the ranking (ties share a place), then
 * opens the block's ballot box. Points are kept to 2 decimals, rounded half up, per indicator before they are added.
 */
@Service
public class BlockScoring {

    private final JdbcYearEnds store;
    private final BlockPacts pacts;
    private final ScoringTable table;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    BlockScoring(JdbcYearEnds store, BlockPacts pacts, ScoringTable table, Catalog catalog, ApplicationEventPublisher events) {
        this.store = store;
        this.pacts = pacts;
        this.table = table;
        this.catalog = catalog;
        this.events = events;
    }

    @Transactional
    public Ranking score(long roundId, String actor) {
        YearEndRound round = store.lock(roundId);
        if (!YearEndRound.RESULTS.equals(round.state())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khối đã được chấm điểm / the block is already scored");
        }
        Pact pact = pacts.pact(round.blockCode(), round.year()).orElseThrow();
        List<Ranking.Row> rows = new ArrayList<>();
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        for (String unit : store.members(roundId)) {
            MemberResults results = store.member(roundId, unit).orElseThrow();
            if (results.state() != ResultState.ACCEPTED) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Kết quả của " + unit + " chưa được trưởng khối chấp nhận"
                        + " / results of " + unit + " are not accepted");
            }
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            Map<String, String> ruleIds = new LinkedHashMap<>();
            for (Indicator indicator : pact.indicators()) {
                BigDecimal value = results.values().stream().filter(v -> v.indicatorCode().equals(indicator.code())).findFirst()
                        .map(IndicatorResult::value).orElseThrow();
                BigDecimal plan = pact.target(unit, indicator.code()).map(PlanTarget::value).orElseThrow();
                ScoringTable.Points p = points(table, indicator, value, plan);
                points.put(indicator.code(), p.points());
                ruleIds.put(indicator.code(), p.ruleId());
            }
            rules.put(unit, ruleIds);
            rows.add(new Ranking.Row(unit, name(unit), points, points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), 0, false));
        }
        List<Ranking.Row> ranked = Ranking.rank(rows);
        store.replaceScores(roundId, ranked, rules);
        store.openBallotBox(roundId, store.members(roundId));
        store.setState(roundId, YearEndRound.VOTING, "scored_at");
        Map<String, Object> details = new LinkedHashMap<>();
        ranked.forEach(r -> details.put(r.unitCode(), r.rank() + ". " + r.total().toPlainString()));
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.SCORED, actor, null, details));
        return new Ranking(round.blockCode(), round.year(), pact.indicators().stream().map(Indicator::code).toList(), ranked);
    }

    /** One indicator's points from the table, rounded to 2 decimals (half up). */
    static ScoringTable.Points points(ScoringTable table, Indicator indicator, BigDecimal result, BigDecimal plan) {
        ScoringTable.Points p = table.score(new ScoringTable.Input(indicator.scoring(), result, plan, indicator.weight(), indicator.capPercent(),
                zero(indicator.bonusPoints()), zero(indicator.penaltyPoints())));
        return new ScoringTable.Points(p.points().setScale(2, RoundingMode.HALF_UP), p.ruleId());
    }

    private String name(String unit) {
        return catalog.unit(unit).map(Unit::name).orElse(unit);
    }

    private static BigDecimal zero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
