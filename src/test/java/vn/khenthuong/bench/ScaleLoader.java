package vn.khenthuong.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.identity.Roles;

/**
 * Loads a province's years of nominations fast. Our tables are filled by PostgreSQL itself (INSERT … SELECT over
 * generate_series: no row crosses the network). The nominations still open get real process instances, started
 * through the engine at the step they wait at, so Tasklist queries run against real tasks, identity links and
 * authorizations; they are started 200 to a transaction, on two threads. Test code, PostgreSQL only.
 *
 * <p>The mix: five years (this year and the four before), spread evenly over the seeded communes. Earlier years are
 * closed: 85 % awarded, 12 % rejected at the district, 3 % withdrawn. This year (the year-end crush, still under way):
 * 30 % in progress, 60 % awarded, 10 % rejected. The open ones follow today's route (commune → commune council → province) and wait at prepareDossier 10 %,
 * communeReview 30 %, councilVote 15 % (3 ballot tasks each), provincialAppraisal 30 %, decision 15 %. Award kinds: LĐTT 35 %, Giấy khen xã 20 %,
 * CSTĐ cơ sở 10 %, tập thể LĐTT 10 %, Bằng khen tỉnh 10 %, tập thể LĐXS, CSTĐ tỉnh, Cờ thi đua 5 % each. Individuals are
 * drawn from 40,000 people, so one person has several nominations over the years, as in a real registry.
 */
class ScaleLoader {

    record Loaded(Map<String, Long> rows, Map<String, Double> seconds) {
        String describe() {
            StringBuilder s = new StringBuilder("Loaded in ");
            seconds.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s %.1f s, ", k, v)));
            s.setLength(s.length() - 2);
            s.append(".\n\n| Table | Rows |\n|---|---|\n");
            rows.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%,d", v)).append(" |\n"));
            return s.toString();
        }
    }

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Lò", "Lường", "Tao", "Giàng", "Vàng", "Sùng", "Đặng", "Tòng", "Hà"};
    static final String[] MIDDLE = {"Văn", "Thị", "A", "Đức", "Thị Thu", "Minh", "Quang", "Thị Hồng", "Xuân", "Công"};
    static final String[] GIVEN = {"An", "Bình", "Chứ", "Dung", "Đào", "Giang", "Hải", "Hường", "Khánh", "Lan", "Mai", "Nam", "Ngọc", "Páo",
            "Phúc", "Quang", "Sáng", "Thắng", "Thủy", "Tiến", "Trang", "Tuấn", "Vân", "Xuân", "Yến", "Dình", "Cường", "Hoa", "Lâm", "Sơn"};
    /** Where this year's open nominations wait; since 1 July 2025 the route goes commune → commune council → province. */
    static final String[] STAGES = {"prepareDossier", "prepareDossier", "communeReview", "communeReview", "communeReview", "communeReview",
            "communeReview", "communeReview", "councilVote", "councilVote", "councilVote", "provincialAppraisal", "provincialAppraisal",
            "provincialAppraisal", "provincialAppraisal", "provincialAppraisal", "provincialAppraisal", "decision", "decision", "decision"};
    static final Map<String, String> ROUTE_STEPS = Map.of("prepareDossier", "COMMUNE_REVIEW", "communeReview", "COMMUNE_REVIEW",
            "councilVote", "COUNCIL", "provincialAppraisal", "APPRAISAL", "decision", "DECISION");
    static final String[] KINDS = {"LDTT", "LDTT", "LDTT", "LDTT", "LDTT", "LDTT", "LDTT", "GK_XA", "GK_XA", "GK_XA", "GK_XA",
            "CSTD_CS", "CSTD_CS", "TT_LDTT", "TT_LDTT", "BK_TINH", "BK_TINH", "TT_LDXS", "CSTD_TINH", "CO_TD_TINH"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RuntimeService runtimeService;

    ScaleLoader(JdbcTemplate jdbc, TransactionTemplate transactions, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.runtimeService = runtimeService;
    }

    /** A PostgreSQL array literal, bound as text and cast in SQL. */
    static String array(String[] values) {
        StringBuilder s = new StringBuilder("{");
        for (String v : values) {
            s.append(s.length() > 1 ? "," : "").append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    static String[] folded(String[] names) {
        String[] f = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            f[i] = FoldedName.of(names[i]);
        }
        return f;
    }

    Loaded load(int n) throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        int thisYear = LocalDate.now().getYear();
        long t0 = System.nanoTime();
        loadOurTables(n, thisYear);
        seconds.put("our tables", (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        int started = startOpenInstances();
        seconds.put("process instances (" + started + ")", (System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        // Tasks created over the last two months, due within 30 days of creation, as deadlines will be set.
        jdbc.update("UPDATE ACT_RU_TASK SET CREATE_TIME_ = CREATE_TIME_ - (abs(hashtext(ID_)) % 60) * interval '1 day', "
                + "DUE_DATE_ = CREATE_TIME_ - (abs(hashtext(ID_)) % 60) * interval '1 day' + (5 + abs(hashtext(ID_)) % 25) * interval '1 day'");
        jdbc.execute("DROP TABLE bench_g");
        jdbc.execute("VACUUM ANALYZE");
        seconds.put("due dates, vacuum and analyze", (System.nanoTime() - t0) / 1e9);

        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("nomination", "nomination_search", "nomination_step", "nomination_document", "council_ballot", "council_tally", "award",
                "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_VARIABLE", "ACT_HI_PROCINST",
                "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return new Loaded(rows, seconds);
    }

    private void loadOurTables(int n, int thisYear) {
        List<String[]> communes = jdbc.query("select code, parent_code, name from unit where tier = 'COMMUNE' order by code",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        String communeCodes = array(communes.stream().map(x -> x[0]).toArray(String[]::new));
        String communeNames = array(communes.stream().map(x -> x[2]).toArray(String[]::new));
        // One generator row per nomination: every later insert reads from it.
        jdbc.execute("CREATE UNLOGGED TABLE bench_g (i INTEGER PRIMARY KEY, year INTEGER, unit_code VARCHAR(40), kind VARCHAR(40), "
                + "person INTEGER, status VARCHAR(20), stage VARCHAR(40), created_at TIMESTAMPTZ, seq INTEGER, code VARCHAR(20), "
                + "individual BOOLEAN, name VARCHAR(300), name_folded VARCHAR(300), done INTEGER, nomination_id BIGINT)");
        jdbc.update("INSERT INTO bench_g (i, year, unit_code, kind, person, status, stage, created_at, seq) "
                + "SELECT i, y, (?::varchar[])[1 + h % cardinality(?::varchar[])], (?::varchar[])[1 + (h / 16) % 20], (i * 7919) % 40000, "
                + "CASE WHEN y < ? THEN (CASE WHEN (h / 512) % 100 < 85 THEN 'AWARDED' WHEN (h / 512) % 100 < 97 THEN 'REJECTED' ELSE 'WITHDRAWN' END) "
                + "ELSE (CASE WHEN (h / 512) % 100 < 30 THEN 'IN_PROGRESS' WHEN (h / 512) % 100 < 90 THEN 'AWARDED' ELSE 'REJECTED' END) END, "
                + "(?::varchar[])[1 + (h / 65536) % 20], make_timestamptz(y, 1 + i % 11, 1 + i % 28, 8, 0, 0, 'Asia/Ho_Chi_Minh'), "
                + "coalesce((SELECT last_value FROM nomination_code_counter c WHERE c.year = y), 0) + row_number() OVER (PARTITION BY y ORDER BY i) "
                // h: a hash of i, so that unit, kind, status and stage do not move in step with the year (i % 5).
                + "FROM (SELECT i, ? - 4 + i % 5 AS y, abs(hashint4(i)) AS h FROM generate_series(1, ?) i) s",
                communeCodes, communeCodes, array(KINDS), thisYear, array(STAGES), thisYear, n);
        String collective = "kind IN ('TT_LDTT', 'TT_LDXS', 'CO_TD_TINH')";
        String person = "(?::varchar[])[1 + person % 14] || ' ' || (?::varchar[])[1 + (person / 14) % 10] || ' ' || (?::varchar[])[1 + (person / 140) % 30]";
        jdbc.update("UPDATE bench_g SET code = 'LC-' || year || '-' || lpad(seq::text, 6, '0'), individual = NOT " + collective + ", "
                        + "name = CASE WHEN " + collective + " THEN 'Tập thể bản ' || (?::varchar[])[1 + person % 30] || ', ' "
                        + "|| (?::varchar[])[1 + i % cardinality(?::varchar[])] ELSE " + person + " END, "
                        + "name_folded = CASE WHEN " + collective + " THEN NULL ELSE " + person + " END, "
                        + "done = CASE status WHEN 'AWARDED' THEN 5 WHEN 'REJECTED' THEN 3 WHEN 'WITHDRAWN' THEN 1 "
                        + "ELSE (CASE stage WHEN 'prepareDossier' THEN 0 WHEN 'communeReview' THEN 1 WHEN 'councilVote' THEN 2 "
                        + "WHEN 'provincialAppraisal' THEN 3 ELSE 4 END) END",
                array(GIVEN), communeNames, communeNames, array(FAMILY), array(MIDDLE), array(GIVEN),
                array(folded(FAMILY)), array(folded(MIDDLE)), array(folded(GIVEN)));

        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, procedure_kind, nominee_kind, nominee_name, "
                + "nominee_id_number, nominee_birth_year, nominee_gender, nominee_position, nominee_address, member_count, head_name, "
                + "achievements, status, closing_reason, created_by, created_at, updated_at) "
                + "SELECT code, year, unit_code, kind, 'PERIODIC', CASE WHEN individual THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END, name, "
                + "CASE WHEN individual THEN '0' || lpad(person::text, 11, '0') END, CASE WHEN individual THEN 1960 + person % 40 END, "
                + "CASE WHEN individual THEN (CASE WHEN person % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END) END, "
                + "CASE WHEN individual THEN 'Cán bộ, công chức xã' END, 'Bản ' || (person % 30 + 1), "
                + "CASE WHEN individual THEN NULL ELSE 12 + person % 30 END, CASE WHEN individual THEN NULL ELSE 'Trưởng bản' END, "
                + "'Hoàn thành xuất sắc nhiệm vụ năm ' || year || '; tích cực tham gia phong trào xây dựng nông thôn mới, "
                + "vận động Nhân dân hiến đất làm đường giao thông nông thôn, phát triển kinh tế hộ gia đình.', "
                + "status, CASE status WHEN 'REJECTED' THEN 'Huyện: chưa đủ tiêu chuẩn' WHEN 'WITHDRAWN' THEN 'Xã rút hồ sơ' "
                + "WHEN 'AWARDED' THEN 'Quyết định số ' || seq || '/QĐ-UBND' END, 'xa.' || unit_code, created_at, created_at "
                + "FROM bench_g ORDER BY i");
        jdbc.update("INSERT INTO nomination_code_counter (year, last_value) SELECT year, max(seq) FROM bench_g GROUP BY year "
                + "ON CONFLICT (year) DO UPDATE SET last_value = GREATEST(nomination_code_counter.last_value, excluded.last_value)");
        jdbc.update("UPDATE bench_g g SET nomination_id = n.id FROM nomination n WHERE n.code = g.code");

        jdbc.update("INSERT INTO nomination_step (nomination_id, step, outcome, comment, deadline, actor, acted_at, year, ended_on, started_on) "
                + "SELECT g.nomination_id, (CASE WHEN g.year < 2025 THEN ARRAY['prepareDossier','communeReview','districtReview','provincialAppraisal','decision'] "
                + "ELSE ARRAY['prepareDossier','communeReview','councilConclusion','provincialAppraisal','decision'] END)[k], "
                + "CASE WHEN k = 1 THEN 'submit' WHEN g.status = 'REJECTED' AND k = 3 THEN 'reject' ELSE 'approve' END, "
                + "CASE WHEN g.status = 'REJECTED' AND k = 3 THEN 'Chưa đủ tiêu chuẩn' END, NULL, "
                + "(ARRAY['xa.' || g.unit_code, 'xa.' || g.unit_code, CASE WHEN g.year < 2025 THEN 'huyen.' || u.parent_code "
                + "ELSE 'hd.' || g.unit_code || '.1' END, 'tinh.thamdinh', 'tinh.chutich'])[k], "
                + "g.created_at + k * interval '3 days', g.year, CAST(g.created_at + k * interval '3 days' AS DATE), "
                + "CAST(g.created_at + (k - 1) * interval '3 days' AS DATE) FROM bench_g g JOIN unit u ON u.code = g.unit_code "
                + "CROSS JOIN LATERAL generate_series(1, g.done) k");
        jdbc.update("INSERT INTO nomination_document (nomination_id, kind, file_name, content_type, size_bytes, sha256, content, doc_version, "
                + "uploaded_by, uploaded_at) SELECT g.nomination_id, d.kind, lower(d.kind) || '.pdf', 'application/pdf', length(?::bytea), "
                + "repeat('0', 64), ?::bytea, 1, 'xa.' || g.unit_code, g.created_at "
                + "FROM bench_g g CROSS JOIN (VALUES ('PROPOSAL_LETTER'), ('ACHIEVEMENT_REPORT')) d(kind)",
                vn.khenthuong.nomination.BenchDossiers.PDF, vn.khenthuong.nomination.BenchDossiers.PDF);
        // Council votes: everything that got past the district's council.
        String passedCouncil = "(g.status = 'AWARDED' OR (g.status = 'IN_PROGRESS' AND g.stage IN ('provincialAppraisal', 'decision')))";
        jdbc.update("INSERT INTO council_ballot (nomination_id, council_unit, round, member, vote, cast_at) "
                + "SELECT g.nomination_id, c.unit, 1, 'hd.' || c.unit || '.' || m, CASE WHEN m = 5 THEN 'abstain' ELSE 'yes' END, "
                + "g.created_at + interval '8 days' FROM bench_g g JOIN unit u ON u.code = g.unit_code "
                + "CROSS JOIN LATERAL (SELECT CASE WHEN g.year < 2025 THEN u.parent_code ELSE g.unit_code END AS unit) c CROSS JOIN generate_series(1, 5) m "
                + "WHERE " + passedCouncil);
        jdbc.update("INSERT INTO council_tally (nomination_id, council_unit, round, member_count, yes_count, no_count, abstain_count, "
                + "required_share, strictly_more, passed, tallied_at) SELECT g.nomination_id, CASE WHEN g.year < 2025 THEN u.parent_code ELSE g.unit_code END, "
                + "1, 5, 4, 0, 1, 0.5, true, true, "
                + "g.created_at + interval '9 days' FROM bench_g g JOIN unit u ON u.code = g.unit_code WHERE " + passedCouncil);
        jdbc.update("INSERT INTO award (nomination_id, award_kind_code, unit_code, movement_code, year, nominee_kind, nominee_name, "
                + "nominee_name_folded, nominee_id_number, decision_number, decision_date, signer, recorded_at) "
                + "SELECT n.id, n.award_kind_code, n.unit_code, NULL, n.year, n.nominee_kind, n.nominee_name, "
                + "coalesce(g.name_folded, lower(n.nominee_name)), n.nominee_id_number, g.seq || '/QĐ-UBND', "
                + "LEAST(make_date(n.year, 12, 20), current_date - 1 - g.i % 60), 'tinh.chutich', g.created_at + interval '20 days' "
                + "FROM bench_g g JOIN nomination n ON n.id = g.nomination_id WHERE g.status = 'AWARDED'");
        // The auditor's search index (issue 4): individuals' folded names come from the generator, collectives' below.
        jdbc.update("INSERT INTO nomination_search (nomination_id, nominee_folded) SELECT nomination_id, name_folded FROM bench_g "
                + "WHERE name_folded IS NOT NULL");
        List<Object[]> collectiveNominations = jdbc.query("SELECT g.nomination_id, g.name FROM bench_g g WHERE g.name_folded IS NULL",
                (rs, i) -> new Object[] {rs.getLong(1), FoldedName.of(rs.getString(2))});
        jdbc.batchUpdate("INSERT INTO nomination_search (nomination_id, nominee_folded) VALUES (?, ?)", collectiveNominations);
        // Collective names carry diacritics from unit names: fold them in Java like the registry does.
        List<Object[]> collectives = jdbc.query("SELECT id, nominee_name FROM award WHERE nominee_kind = 'COLLECTIVE'",
                (rs, i) -> new Object[] {FoldedName.of(rs.getString(2)), rs.getLong(1)});
        jdbc.batchUpdate("UPDATE award SET nominee_name_folded = ? WHERE id = ?", collectives);
    }

    /**
     * A council vote starts where the engine opens the meeting (selectCouncilMembers fixes the roster from the council's
     * group into council_round), so a waiting vote at scale is exactly what an official would find.
     */
    private static String activity(String stage) {
        return "councilVote".equals(stage) ? "selectCouncilMembers" : stage;
    }

    /** Three members (hd.<unit>.1..3) in each council whose vote is waiting, as the demo seeds have for their communes. */
    private void councilMembers() {
        List<String> units = jdbc.queryForList("SELECT DISTINCT unit_code FROM bench_g WHERE status = 'IN_PROGRESS' AND stage = 'councilVote'",
                String.class);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        for (String unit : units) {
            jdbc.update("INSERT INTO ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) VALUES (?, 1, ?, 'WORKFLOW') ON CONFLICT DO NOTHING",
                    Roles.group(Roles.COUNCIL_MEMBER, unit), "Hội đồng " + unit);
            for (int m = 1; m <= 3; m++) {
                String id = "hd." + unit + "." + m;
                users.add(new Object[] {id, "Thành viên " + m, unit});
                memberships.add(new Object[] {id, Roles.group(Roles.COUNCIL_MEMBER, unit)});
            }
        }
        jdbc.batchUpdate("INSERT INTO ACT_ID_USER (ID_, REV_, FIRST_, LAST_) VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING", users);
        jdbc.batchUpdate("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES (?, ?) ON CONFLICT DO NOTHING", memberships);
    }

    private int startOpenInstances() throws Exception {
        List<Map<String, Object>> open = jdbc.queryForList("SELECT g.code, g.unit_code, u.parent_code AS district, g.kind, g.name, g.stage, g.individual "
                + "FROM bench_g g JOIN unit u ON u.code = g.unit_code WHERE g.status = 'IN_PROGRESS' ORDER BY g.i");
        // Since the districts ended, a commune's own council votes first.
        councilMembers();
        int batch = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < open.size(); from += batch) {
                List<Map<String, Object>> slice = open.subList(from, Math.min(open.size(), from + batch));
                done.add(pool.submit(() -> transactions.executeWithoutResult(tx -> slice.forEach(row -> {
                    String district = (String) row.get("district");
                    String unit = (String) row.get("unit_code");
                    String stage = (String) row.get("stage");
                    Map<String, Object> v = new HashMap<>();
                    v.put("routeStep", ROUTE_STEPS.get(stage));
                    v.put("stepUnit", "COUNCIL".equals(ROUTE_STEPS.get(stage)) ? unit : "laichau");
                    v.put("stepLevel", "COUNCIL".equals(ROUTE_STEPS.get(stage)) ? "COMMUNE" : "PROVINCE");
                    v.put("councilLevel", "COMMUNE");
                    v.put("procedureKind", "PERIODIC");
                    v.put("nomineeKind", row.get("individual") == Boolean.TRUE ? "INDIVIDUAL" : "COLLECTIVE");
                    v.put("secretBallot", Set.of("CSTD_CS", "CSTD_TINH").contains(row.get("kind")));
                    v.put("nominationCode", row.get("code"));
                    v.put("unitCode", row.get("unit_code"));
                    v.put("districtCode", district);
                    v.put("provinceCode", "laichau");
                    v.put("awardKindCode", row.get("kind"));
                    v.put("nomineeName", row.get("name"));
                    v.put("initiator", "xa." + row.get("unit_code"));
                    // This year's communes answer to the province directly (two-tier government since 1 July 2025): the
                    // route table's fourth input, which registerDossier would have set.
                    v.put("tierModel", "TWO_TIER");
                    runtimeService.createProcessInstanceByKey("nomination").businessKey((String) row.get("code")).setVariables(v)
                            .startBeforeActivity(activity((String) row.get("stage"))).execute();
                }))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return open.size();
    }
}
