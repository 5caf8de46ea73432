package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;

/**
 * Loads seeds/emulation-blocks.yaml at every start-up, in every profile: a block year that is not stored yet is
 * inserted with its pact; one already stored is left as it is (edits made through the API stay), except a block
 * year stored before pacts existed, which receives the file's pact. The whole file is checked against
 * {@link PactRules} before anything is written.
 */
@Component
@DependsOnDatabaseInitialization
class PactSeeds implements InitializingBean {

    static final String FILE = "seeds/emulation-blocks.yaml";
    private static final Logger log = LoggerFactory.getLogger(PactSeeds.class);

    record TargetEntry(BigDecimal value, Boolean minhHoa) {
    }

    record IndicatorEntry(String code, String name, String unitOfMeasure, BigDecimal weight, ScoringMethod scoring, BigDecimal capPercent,
                          BigDecimal bonusPoints, BigDecimal penaltyPoints, Boolean minhHoa) {
    }

    record BlockEntry(String code, Integer year, String name, String head, LocalDate effectiveFrom, BigDecimal totalWeight,
                      List<String> members, List<IndicatorEntry> indicators, Map<String, Map<String, TargetEntry>> targets) {
    }

    record BlocksFile(List<BlockEntry> blocks) {
    }

    private final JdbcPacts store;
    private final Catalog catalog;
    private final TransactionTemplate tx;

    /** The catalogue is a parameter so that units are loaded before blocks refer to them. */
    PactSeeds(JdbcPacts store, Catalog catalog, TransactionTemplate tx) {
        this.store = store;
        this.catalog = catalog;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        List<Pact> pacts = read(catalog);
        int added = tx.execute(status -> {
            int n = 0;
            for (Pact pact : pacts) {
                if (!store.exists(pact.blockCode(), pact.year())) {
                    store.insert(pact);
                    n++;
                } else if (!store.hasPact(pact.blockCode(), pact.year())) {
                    store.replace(pact);
                    n++;
                }
            }
            return n;
        });
        log.info("Emulation blocks from {}: {} in the file, {} written", FILE, pacts.size(), added);
    }

    /** The file's block years as pacts, each checked; a {@link SeedException} names the entry at fault. */
    static List<Pact> read(Catalog catalog) {
        BlocksFile file = Seeds.read(FILE, BlocksFile.class);
        if (file.blocks() == null || file.blocks().isEmpty()) {
            throw new SeedException(FILE, null, "không có mục nào / no entries");
        }
        List<Pact> pacts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BlockEntry b : file.blocks()) {
            String entry = b.code() + " " + b.year();
            if (b.year() == null) {
                throw new SeedException(FILE, entry, "thiếu năm (year) / year missing");
            }
            if (!seen.add(entry)) {
                throw new SeedException(FILE, entry, "khối và năm bị trùng / duplicate block and year");
            }
            Pact pact = pact(b);
            List<PactProblem> problems = PactRules.problems(pact, catalog::unit);
            if (!problems.isEmpty()) {
                throw new SeedException(FILE, entry, problems.stream().map(p -> p.messageVi() + " / " + p.messageEn()).collect(Collectors.joining("; ")));
            }
            pacts.add(pact);
        }
        return pacts;
    }

    private static Pact pact(BlockEntry b) {
        List<Indicator> indicators = b.indicators() == null ? List.of() : b.indicators().stream()
                .map(i -> new Indicator(i.code(), i.name(), i.unitOfMeasure(), i.weight(), i.scoring(), i.capPercent(), i.bonusPoints(),
                        i.penaltyPoints(), Boolean.TRUE.equals(i.minhHoa())))
                .toList();
        List<PlanTarget> targets = new ArrayList<>();
        if (b.targets() != null) {
            b.targets().forEach((unit, byIndicator) -> {
                if (byIndicator != null) {
                    byIndicator.forEach((indicator, t) -> targets.add(new PlanTarget(unit, indicator, t == null ? null : t.value(),
                            t != null && Boolean.TRUE.equals(t.minhHoa()))));
                }
            });
        }
        return new Pact(b.code(), b.year(), b.name(), b.head(), b.effectiveFrom(), b.totalWeight(), b.members(), indicators, targets);
    }
}
