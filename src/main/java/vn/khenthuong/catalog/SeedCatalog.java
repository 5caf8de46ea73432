package vn.khenthuong.catalog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.catalog.SeedFiles.AuthorityEntry;
import vn.khenthuong.catalog.SeedFiles.AwardKindEntry;
import vn.khenthuong.catalog.SeedFiles.MovementEntry;
import vn.khenthuong.catalog.SeedFiles.UnitEntry;

/**
 * The catalogue: upserts seeds/*.yaml into our tables (a movement only until the provincial board edits it) when the
 * bean is created (after Flyway, before any bean that uses the catalogue, in every profile) and serves an in-memory
 * copy. Rows missing from the files are kept:
 * old dossiers still refer to them.
 */
@Component
@DependsOnDatabaseInitialization
class SeedCatalog implements Catalog, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SeedCatalog.class);
    private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> CATEGORIES = Set.of("TITLE", "COMMENDATION");

    private record Snapshot(Map<String, Unit> units, Map<String, AwardKind> awardKinds, Map<String, Movement> movements) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());

    SeedCatalog(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    /** Validates all files first, then writes them in one transaction, then refreshes the cache. */
    synchronized void load() {
        List<UnitEntry> units = validUnits(SeedFiles.read(SeedFiles.UNITS, SeedFiles.UnitsFile.class).units());
        Set<String> unitCodes = new HashSet<>(jdbc.queryForList("select code from unit", String.class));
        units.forEach(u -> unitCodes.add(u.code()));
        List<AwardKindEntry> kinds = validAwardKinds(SeedFiles.read(SeedFiles.AWARD_KINDS, SeedFiles.AwardKindsFile.class).awardKinds());
        Set<String> kindCodes = new HashSet<>(jdbc.queryForList("select code from award_kind", String.class));
        kinds.forEach(k -> kindCodes.add(k.code()));
        List<MovementEntry> movements = validMovements(SeedFiles.read(SeedFiles.MOVEMENTS, SeedFiles.MovementsFile.class).movements(),
                unitCodes, kindCodes);
        tx.executeWithoutResult(status -> {
            units.forEach(this::upsert);
            kinds.forEach(this::upsert);
            movements.forEach(this::upsert);
        });
        refresh();
        log.info("Catalogue loaded from seeds/: {} units, {} award kinds, {} movements",
                units.size(), kinds.size(), movements.size());
    }

    /** Re-reads our tables into memory; one at a time, so an older read never replaces a newer one. */
    synchronized void refresh() {
        List<Unit> units = jdbc.query("select code, name, tier, parent_code, valid_from, valid_to from unit order by code",
                (rs, i) -> new Unit(rs.getString(1), rs.getString(2), Tier.valueOf(rs.getString(3)), rs.getString(4),
                        date(rs.getDate(5)), date(rs.getDate(6))));
        Map<String, List<AwardAuthority>> authorities = new LinkedHashMap<>();
        jdbc.query("select award_kind_code, valid_from, valid_to, deciding_level, decided_by, council_level from award_kind_authority"
                        + " order by award_kind_code, valid_to",
                rs -> {
                    authorities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new AwardAuthority(date(rs.getDate(2)),
                            date(rs.getDate(3)), Tier.valueOf(rs.getString(4)), rs.getString(5), tierOrNull(rs.getString(6))));
                });
        List<AwardKind> kinds = jdbc.query("select code, name, category, nominee_kinds, deciding_level, decided_by, council_vote,"
                        + " secret_ballot, required_documents, valid_from, valid_to, council_level, central_decision, merit"
                        + " from award_kind order by code",
                (rs, i) -> new AwardKind(rs.getString(1), rs.getString(2), rs.getString(3), split(rs.getString(4)),
                        Tier.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                        split(rs.getString(9)), date(rs.getDate(10)), date(rs.getDate(11)), tierOrNull(rs.getString(12)),
                        rs.getBoolean(13), rs.getBoolean(14), authorities.getOrDefault(rs.getString(1), List.of())));
        List<Movement> movements = movements(null);
        snapshot = new Snapshot(index(units, Unit::code), index(kinds, AwardKind::code), index(movements, Movement::code));
    }

    private static final String MOVEMENT_COLUMNS = "select code, name, launching_level, launched_by, year_from, year_to, starts_on,"
            + " ends_on, targets, edited_by from movement";

    /** The movements as stored, all of them or the one of {@code code}. */
    private List<Movement> movements(String code) {
        Map<String, List<String>> kindsOf = new LinkedHashMap<>();
        jdbc.query("select movement_code, award_kind_code from movement_award_kind" + (code == null ? "" : " where movement_code = ?")
                        + " order by movement_code, award_kind_code",
                rs -> {
                    kindsOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, code == null ? new Object[0] : new Object[] {code});
        return jdbc.query(MOVEMENT_COLUMNS + (code == null ? "" : " where code = ?") + " order by code",
                (rs, i) -> new Movement(rs.getString(1), rs.getString(2), Tier.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9),
                        kindsOf.getOrDefault(rs.getString(1), List.of()), rs.getString(10)),
                code == null ? new Object[0] : new Object[] {code});
    }

    /** One movement as stored now (in the caller's transaction), not from the in-memory copy. */
    Movement read(String code) {
        return movements(code).stream().findFirst().orElseThrow();
    }

    @Override
    public List<Unit> units() {
        return List.copyOf(snapshot.units().values());
    }

    @Override
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(code).map(snapshot.units()::get);
    }

    @Override
    public List<Unit> lineage(String code) {
        Map<String, Unit> units = snapshot.units();
        List<Unit> lineage = new ArrayList<>();
        Unit unit = code == null ? null : units.get(code);
        while (unit != null && lineage.size() < 10) {
            lineage.add(unit);
            unit = unit.parentCode() == null ? null : units.get(unit.parentCode());
        }
        return lineage;
    }

    @Override
    public List<AwardKind> awardKinds() {
        return List.copyOf(snapshot.awardKinds().values());
    }

    @Override
    public Optional<AwardKind> awardKind(String code) {
        return Optional.ofNullable(code).map(snapshot.awardKinds()::get);
    }

    @Override
    public List<Movement> movements() {
        return List.copyOf(snapshot.movements().values());
    }

    @Override
    public Optional<Movement> movement(String code) {
        return Optional.ofNullable(code).map(snapshot.movements()::get);
    }

    // --- validation: every message names the file and the entry ---

    static List<UnitEntry> validUnits(List<UnitEntry> entries) {
        String file = SeedFiles.UNITS;
        Map<String, UnitEntry> byCode = new LinkedHashMap<>();
        for (UnitEntry u : nonEmpty(file, entries)) {
            String code = requireCode(file, u.code(), UNIT_CODE);
            require(file, code, u.name(), "name");
            Tier tier = tier(file, code, u.tier(), "tier");
            if (byCode.put(code, u) != null) {
                throw new SeedException(file, code, "mã bị trùng / duplicate code");
            }
            if (tier == Tier.PROVINCE && u.parent() != null) {
                throw new SeedException(file, code, "tỉnh không có đơn vị cấp trên / a province has no parent");
            }
            if (tier != Tier.PROVINCE && blank(u.parent())) {
                throw new SeedException(file, code, "thiếu đơn vị cấp trên (parent) / parent missing");
            }
            checkDates(file, code, u.validFrom(), u.validTo());
        }
        for (UnitEntry u : byCode.values()) {
            if (u.parent() == null) {
                continue;
            }
            UnitEntry parent = byCode.get(u.parent());
            if (parent == null) {
                throw new SeedException(file, u.code(), "đơn vị cấp trên '" + u.parent() + "' không có trong tệp / unknown parent");
            }
            Tier expected = Tier.valueOf(u.tier()) == Tier.COMMUNE ? Tier.DISTRICT : Tier.PROVINCE;
            if (Tier.valueOf(parent.tier()) != expected) {
                throw new SeedException(file, u.code(), "đơn vị cấp trên phải là cấp " + expected + " / parent must be " + expected);
            }
        }
        // Parents first, so the foreign key holds while inserting.
        List<UnitEntry> ordered = new ArrayList<>();
        for (Tier tier : Tier.LOCAL) {
            byCode.values().stream().filter(u -> Tier.valueOf(u.tier()) == tier).forEach(ordered::add);
        }
        return ordered;
    }

    static List<AwardKindEntry> validAwardKinds(List<AwardKindEntry> entries) {
        String file = SeedFiles.AWARD_KINDS;
        Set<String> seen = new HashSet<>();
        for (AwardKindEntry k : nonEmpty(file, entries)) {
            String code = requireCode(file, k.code(), CONSTANT);
            if (!seen.add(code)) {
                throw new SeedException(file, code, "mã bị trùng / duplicate code");
            }
            require(file, code, k.name(), "name");
            if (k.category() == null || !CATEGORIES.contains(k.category())) {
                throw new SeedException(file, code, "category phải là TITLE hoặc COMMENDATION / category must be TITLE or COMMENDATION");
            }
            constants(file, code, k.nomineeKinds(), "nomineeKinds");
            tier(file, code, k.decidingLevel(), "decidingLevel");
            require(file, code, k.decidedBy(), "decidedBy");
            if (k.councilVote() == null || k.secretBallot() == null) {
                throw new SeedException(file, code, "thiếu councilVote hoặc secretBallot (true/false) / councilVote and secretBallot are required");
            }
            if (k.secretBallot() && !k.councilVote()) {
                throw new SeedException(file, code, "bỏ phiếu kín cần có bỏ phiếu hội đồng / secretBallot needs councilVote");
            }
            councilLevel(file, code, k.councilVote(), k.councilLevel());
            if (k.merit() == null) {
                throw new SeedException(file, code, "thiếu merit (true/false) / merit is required");
            }
            constants(file, code, k.requiredDocuments(), "requiredDocuments");
            checkDates(file, code, k.validFrom(), k.validTo());
            earlierAuthorities(file, code, k);
        }
        return entries;
    }

    private static void councilLevel(String file, String code, boolean councilVote, String level) {
        if (councilVote && level == null) {
            throw new SeedException(file, code, "cần councilLevel khi councilVote: true / councilLevel is required with a council vote");
        }
        if (level != null) {
            if (!councilVote) {
                throw new SeedException(file, code, "councilLevel chỉ dùng khi councilVote: true / councilLevel without a council vote");
            }
            tier(file, code, level, "councilLevel");
        }
    }

    /** Earlier authorities: each ends (validTo), they do not overlap, and all end before the current one applies. */
    private static void earlierAuthorities(String file, String code, AwardKindEntry k) {
        if (k.earlierAuthorities() == null) {
            return;
        }
        LocalDate previousEnd = null;
        for (AuthorityEntry a : k.earlierAuthorities()) {
            String entry = code + " earlierAuthorities";
            if (a == null || a.validTo() == null) {
                throw new SeedException(file, entry, "mỗi thẩm quyền trước đây cần validTo / each earlier authority needs validTo");
            }
            checkDates(file, entry, a.validFrom(), a.validTo());
            tier(file, entry, a.decidingLevel(), "decidingLevel");
            require(file, entry, a.decidedBy(), "decidedBy");
            councilLevel(file, entry, k.councilVote(), a.councilLevel());
            if (previousEnd != null && (a.validFrom() == null || !a.validFrom().isAfter(previousEnd))) {
                throw new SeedException(file, entry, "các khoảng thời gian phải theo thứ tự, không chồng nhau / periods must be in order, not overlapping");
            }
            previousEnd = a.validTo();
        }
    }

    static List<MovementEntry> validMovements(List<MovementEntry> entries, Set<String> unitCodes, Set<String> kindCodes) {
        String file = SeedFiles.MOVEMENTS;
        Set<String> seen = new HashSet<>();
        for (MovementEntry m : nonEmpty(file, entries)) {
            String code = requireCode(file, m.code(), CONSTANT);
            if (!seen.add(code)) {
                throw new SeedException(file, code, "mã bị trùng / duplicate code");
            }
            require(file, code, m.name(), "name");
            if (m.launchedBy() != null && !unitCodes.contains(m.launchedBy())) {
                throw new SeedException(file, code, "đơn vị phát động '" + m.launchedBy() + "' không có trong units.yaml / unknown unit");
            }
            if (m.yearFrom() == null || m.yearTo() == null || m.yearFrom() > m.yearTo()) {
                throw new SeedException(file, code, "yearFrom và yearTo bắt buộc, yearFrom ≤ yearTo / yearFrom and yearTo required, in order");
            }
            if (m.launchingLevel() != null) {
                Tier level = Tier.of(m.launchingLevel()).orElseThrow(() -> new SeedException(file, code,
                        "launchingLevel phải là một trong " + List.of(Tier.values()) + " / invalid launchingLevel"));
                if ((level == Tier.CENTRAL) != (m.launchedBy() == null)) {
                    throw new SeedException(file, code, "chỉ phong trào cấp CENTRAL không có launchedBy / only a CENTRAL movement has no launchedBy");
                }
            }
            for (String kind : m.awardKinds() == null ? List.<String>of() : m.awardKinds()) {
                if (!kindCodes.contains(kind)) {
                    throw new SeedException(file, code, "hình thức khen thưởng '" + kind + "' không có trong award-kinds.yaml / unknown award kind");
                }
            }
        }
        return entries;
    }

    private static <T> List<T> nonEmpty(String file, List<T> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new SeedException(file, null, "không có mục nào / no entries");
        }
        if (entries.stream().anyMatch(java.util.Objects::isNull)) {
            throw new SeedException(file, null, "có mục rỗng / an entry is empty");
        }
        return entries;
    }

    private static String requireCode(String file, String code, Pattern pattern) {
        if (code == null || !pattern.matcher(code).matches()) {
            throw new SeedException(file, code, "mã không hợp lệ, cần dạng " + pattern + " / invalid code");
        }
        return code;
    }

    private static void require(String file, String entry, String value, String key) {
        if (blank(value)) {
            throw new SeedException(file, entry, "thiếu " + key + " / " + key + " missing");
        }
    }

    private static Tier tier(String file, String entry, String value, String key) {
        try {
            Tier tier = Tier.valueOf(value);
            if (!tier.local()) {
                throw new IllegalArgumentException(value);
            }
            return tier;
        } catch (RuntimeException e) {
            // The centre is no unit of the catalogue and decides nothing the seeds describe.
            throw new SeedException(file, entry, key + " phải là một trong " + Tier.LOCAL + " / invalid " + key);
        }
    }

    private static void constants(String file, String entry, List<String> values, String key) {
        if (values == null || values.isEmpty()) {
            throw new SeedException(file, entry, "thiếu " + key + " / " + key + " missing");
        }
        for (String value : values) {
            if (value == null || !CONSTANT.matcher(value).matches()) {
                throw new SeedException(file, entry, key + ": giá trị '" + value + "' không hợp lệ / invalid value");
            }
        }
    }

    private static void checkDates(String file, String entry, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new SeedException(file, entry, "validFrom sau validTo / validFrom is after validTo");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- upserts: select, then insert or update (portable across H2 and PostgreSQL) ---

    private boolean exists(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args) > 0;
    }

    private void upsert(UnitEntry u) {
        Object[] values = {u.name().trim(), u.tier(), u.parent(), sql(u.validFrom()), sql(u.validTo()), u.code()};
        if (exists("select count(*) from unit where code = ?", u.code())) {
            jdbc.update("update unit set name = ?, tier = ?, parent_code = ?, valid_from = ?, valid_to = ? where code = ?", values);
        } else {
            jdbc.update("insert into unit (name, tier, parent_code, valid_from, valid_to, code) values (?, ?, ?, ?, ?, ?)", values);
        }
    }

    private void upsert(AwardKindEntry k) {
        Object[] values = {k.name().trim(), k.category(), join(k.nomineeKinds()), k.decidingLevel(), k.decidedBy().trim(),
                k.councilVote(), k.secretBallot(), join(k.requiredDocuments()), sql(k.validFrom()), sql(k.validTo()),
                k.councilLevel(), Boolean.TRUE.equals(k.centralDecision()), k.merit(), k.code()};
        if (exists("select count(*) from award_kind where code = ?", k.code())) {
            jdbc.update("update award_kind set name = ?, category = ?, nominee_kinds = ?, deciding_level = ?, decided_by = ?,"
                    + " council_vote = ?, secret_ballot = ?, required_documents = ?, valid_from = ?, valid_to = ?,"
                    + " council_level = ?, central_decision = ?, merit = ? where code = ?", values);
        } else {
            jdbc.update("insert into award_kind (name, category, nominee_kinds, deciding_level, decided_by, council_vote,"
                    + " secret_ballot, required_documents, valid_from, valid_to, council_level, central_decision, merit, code)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        // The earlier authorities of a kind are exactly what the file says.
        jdbc.update("delete from award_kind_authority where award_kind_code = ?", k.code());
        for (AuthorityEntry a : k.earlierAuthorities() == null ? List.<AuthorityEntry>of() : k.earlierAuthorities()) {
            jdbc.update("insert into award_kind_authority (award_kind_code, valid_from, valid_to, deciding_level, decided_by, council_level)"
                    + " values (?, ?, ?, ?, ?, ?)", k.code(), sql(a.validFrom()), sql(a.validTo()), a.decidingLevel(), a.decidedBy().trim(), a.councilLevel());
        }
    }

    /**
     * A seeded movement is inserted when missing and updated from the file only while no official of the provincial
     * board has edited it ({@code edited_by} is null, {@link JdbcMovementBook} sets it): a start-up never writes over
     * the board's edit, and a movement the board created is not touched at all.
     */
    private void upsert(MovementEntry m) {
        String level = m.launchingLevel() != null ? m.launchingLevel()
                : m.launchedBy() == null ? Tier.CENTRAL.name()
                : jdbc.queryForObject("select tier from unit where code = ?", String.class, m.launchedBy());
        Object[] values = {m.name().trim(), level, m.launchedBy(), m.yearFrom(), m.yearTo(), sql(LocalDate.of(m.yearFrom(), 1, 1)),
                sql(LocalDate.of(m.yearTo(), 12, 31)), blank(m.targets()) ? null : m.targets().strip(), m.code()};
        int written;
        if (exists("select count(*) from movement where code = ?", m.code())) {
            written = jdbc.update("update movement set name = ?, launching_level = ?, launched_by = ?, year_from = ?, year_to = ?,"
                    + " starts_on = ?, ends_on = ?, targets = ? where code = ? and edited_by is null", values);
        } else {
            written = jdbc.update("insert into movement (name, launching_level, launched_by, year_from, year_to, starts_on, ends_on, targets, code)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        if (written == 1) {
            // The award kinds of a movement the board never edited are exactly what the file says.
            jdbc.update("delete from movement_award_kind where movement_code = ?", m.code());
            for (String kind : new LinkedHashSet<>(m.awardKinds() == null ? List.<String>of() : m.awardKinds())) {
                jdbc.update("insert into movement_award_kind (movement_code, award_kind_code) values (?, ?)", m.code(), kind);
            }
        }
    }

    private static String join(List<String> values) {
        return String.join(",", new LinkedHashSet<>(values));
    }

    private static Set<String> split(String s) {
        return s == null ? Set.of() : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Tier tierOrNull(String s) {
        return s == null ? null : Tier.valueOf(s);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }

}
