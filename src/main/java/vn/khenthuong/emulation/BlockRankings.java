package vn.khenthuong.emulation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/**
 * A block's ranking of a year for other features (reports): every member with its points per indicator, total and
 * place, once the year end is scored. Whoever calls it decides who may see it (the block's ranking is read by
 * provincial staff and auditors).
 */
@Service
public class BlockRankings {

    private final JdbcYearEnds store;
    private final BlockPacts pacts;
    private final Catalog catalog;

    BlockRankings(JdbcYearEnds store, BlockPacts pacts, Catalog catalog) {
        this.store = store;
        this.pacts = pacts;
        this.catalog = catalog;
    }

    /** Empty when the block's year end is not open or not yet scored. */
    @Transactional(readOnly = true)
    public Optional<Ranking> of(String blockCode, int year) {
        Optional<YearEndRound> round = store.find(blockCode, year);
        if (round.isEmpty() || YearEndRound.RESULTS.equals(round.get().state())) {
            return Optional.empty();
        }
        List<String> indicators = pacts.pact(blockCode, year).map(p -> p.indicators().stream().map(Indicator::code).toList()).orElse(List.of());
        List<Ranking.Row> rows = store.ranking(round.get().id()).stream().map(r -> new Ranking.Row(r.unitCode(),
                catalog.unit(r.unitCode()).map(Unit::name).orElse(r.unitCode()), r.pointsByIndicator(), r.total(), r.rank(), r.tied())).toList();
        return Optional.of(new Ranking(blockCode, year, indicators, rows));
    }
}
