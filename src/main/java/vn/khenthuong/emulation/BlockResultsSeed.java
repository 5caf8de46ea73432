package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khenthuong.catalog.SeedException;
import vn.khenthuong.catalog.Seeds;

/**
 * seeds/block-results-2019.yaml: the 2019 members' results from the source report (values it does not give are
 * marked minh hoạ), which the demo enters into its year end. Read and checked against the block's pact: every member,
 * every indicator, nothing else.
 */
public record BlockResultsSeed(String block, int year, Map<String, Member> members) {

    public static final String FILE = "seeds/block-results-2019.yaml";

    public record Value(BigDecimal value, String note, Boolean minhHoa) {
    }

    public record Member(String leaderName, Integer staffCount, Map<String, Value> results) {

        /** The member's values as the year end's API takes them. */
        public List<IndicatorResult> values() {
            List<IndicatorResult> list = new ArrayList<>();
            results.forEach((code, v) -> list.add(new IndicatorResult(code, v.value(), v.note(), Boolean.TRUE.equals(v.minhHoa()))));
            return list;
        }
    }

    public BlockResultsSeed {
        members = members == null ? Map.of() : new LinkedHashMap<>(members);
    }

    /** The file, checked against its block's pact; a {@link SeedException} names the entry at fault. */
    public static BlockResultsSeed read(BlockPacts pacts) {
        BlockResultsSeed seed = Seeds.read(FILE, BlockResultsSeed.class);
        Pact pact = pacts.pact(seed.block(), seed.year()).orElseThrow(() -> new SeedException(FILE, seed.block(),
                "không có khối " + seed.block() + " năm " + seed.year() + " / unknown block year"));
        check(seed, pact);
        return seed;
    }

    static void check(BlockResultsSeed seed, Pact pact) {
        if (!new HashSet<>(pact.members()).equals(seed.members().keySet())) {
            throw new SeedException(FILE, seed.block(), "thành viên khác với giao ước: " + seed.members().keySet() + " / members differ from the pact");
        }
        Set<String> codes = new HashSet<>(pact.indicators().stream().map(Indicator::code).toList());
        seed.members().forEach((unit, m) -> {
            if (m == null || m.results() == null || !codes.equals(m.results().keySet())) {
                throw new SeedException(FILE, unit, "cần đúng các chỉ tiêu của giao ước " + codes + " / needs exactly the pact's indicators");
            }
            m.results().forEach((code, v) -> {
                if (v == null || v.value() == null || v.value().signum() < 0) {
                    throw new SeedException(FILE, unit + "." + code, "thiếu giá trị / value missing");
                }
                if (!Boolean.TRUE.equals(v.minhHoa()) && (v.note() == null || v.note().isBlank())) {
                    throw new SeedException(FILE, unit + "." + code, "giá trị không minh hoạ phải ghi nguồn (note) / a sourced value needs its note");
                }
            });
        });
    }
}
