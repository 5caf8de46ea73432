package vn.khenthuong.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.khenthuong.PostgresCheck;

/** Rows of {@code nomination} and {@code nomination_step}; portable SQL for H2 and PostgreSQL. */
@Repository
class NominationStore {

    record StepRow(String step, String outcome, String comment, LocalDate deadline, String actor, OffsetDateTime actedAt) {
    }

    /** The dossier with what the progress rules ask of it besides: the kinds of its documents, whether a council vote passed. */
    record DossierProgress(Dossier dossier, Set<String> documentKinds, boolean councilPassed) {
    }

    private static final String COLUMNS = "id, code, year, unit_code, award_kind_code, movement_code, procedure_kind, nominee_kind, "
            + "nominee_name, nominee_id_number, nominee_birth_year, nominee_gender, nominee_position, nominee_address, member_count, "
            + "head_name, tax_code, achievements, status, closing_reason, created_by, created_at, updated_at, posthumous, receiver_name, receiver_relation, origin";

    private final JdbcTemplate jdbc;
    private final PostgresCheck database;

    NominationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    void insert(String code, String unitCode, NewDossier d, String createdBy) {
        insert(code, unitCode, d, createdBy, DossierOrigin.UNIT);
    }

    void insert(String code, String unitCode, NewDossier d, String createdBy, DossierOrigin origin) {
        OffsetDateTime now = now();
        jdbc.update("INSERT INTO nomination (code, year, unit_code, award_kind_code, movement_code, procedure_kind, nominee_kind, "
                        + "nominee_name, nominee_id_number, nominee_birth_year, nominee_gender, nominee_position, nominee_address, member_count, "
                        + "head_name, tax_code, achievements, status, created_by, created_at, updated_at, posthumous, receiver_name, receiver_relation, origin) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code, d.year(), unitCode, d.awardKindCode(), d.movementCode(), d.procedureKind(), d.nomineeKind().value(),
                d.nomineeName(), d.nomineeIdNumber(), d.nomineeBirthYear(), d.nomineeGender(), d.nomineePosition(),
                d.nomineeAddress(), d.memberCount(), d.headName(), d.taxCode(), d.achievements(), NominationStatus.IN_PROGRESS.value(),
                createdBy, now, now, d.awardedPosthumously(), d.awardedPosthumously() ? d.posthumous().receiverName() : null,
                d.awardedPosthumously() ? d.posthumous().receiverRelation() : null, origin.value());
    }

    Optional<Dossier> find(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM nomination WHERE code = ?", NominationStore::dossier, code).stream().findFirst();
    }

    /**
     * One round trip for the check before each step (BENCHMARKS.md counts them): the dossier's row once per document (a handful, all
     * versions, without their content), or once with a null kind when it has none.
     */
    Optional<DossierProgress> findWithProgress(String code) {
        return jdbc.query("SELECT n." + COLUMNS.replace(", ", ", n.") + ", d.kind AS document_kind, "
                + "EXISTS (SELECT 1 FROM council_tally t WHERE t.nomination_id = n.id AND t.passed = TRUE) AS council_passed "
                + "FROM nomination n LEFT JOIN nomination_document d ON d.nomination_id = n.id WHERE n.code = ?", rs -> {
            DossierProgress found = null;
            while (rs.next()) {
                if (found == null) {
                    found = new DossierProgress(dossier(rs, 0), new HashSet<>(), rs.getBoolean("council_passed"));
                }
                if (rs.getString("document_kind") != null) {
                    found.documentKinds().add(rs.getString("document_kind"));
                }
            }
            return Optional.ofNullable(found);
        }, code);
    }

    Dossier get(String code) {
        return find(code).orElseThrow(() -> new NominationNotFoundException(code));
    }

    /** The dossier, its row locked until the transaction ends: changes to one dossier's documents queue on it. */
    Optional<Dossier> findForUpdate(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM nomination WHERE code = ? FOR UPDATE", NominationStore::dossier, code).stream().findFirst();
    }

    /**
     * A step with the dossier's year and the days it started and ended, in one statement. It starts when the
     * dossier's latest step ended (the index nomination_step_report answers it), the first one at the filing; days as
     * the connection's time zone casts them. The report groups these columns without a window (V29).
     */
    private static final String ADD_STEP = "INSERT INTO nomination_step (nomination_id, year, step, outcome, comment, deadline, actor, acted_at, ended_on, started_on) "
            + "SELECT n.id, n.year, ?, ?, ?, ?, ?, ?, CAST(? AS DATE), "
            + "CAST(COALESCE((SELECT MAX(s.acted_at) FROM nomination_step s WHERE s.nomination_id = n.id), n.created_at) AS DATE) "
            + "FROM nomination n WHERE n.";

    void addStep(long nominationId, String step, String outcome, String comment, LocalDate deadline, String actor) {
        OffsetDateTime at = now();
        int added = jdbc.update(ADD_STEP + "id = ?", step, outcome, comment, deadline, actor, at, at, nominationId);
        if (added == 0) {
            throw new NominationNotFoundException(String.valueOf(nominationId));
        }
    }

    /** One statement by code: every step of every nomination passes here (BENCHMARKS.md counts round trips per lifecycle). */
    void addStep(String code, String step, String outcome, String comment, LocalDate deadline, String actor) {
        OffsetDateTime at = now();
        int added = jdbc.update(ADD_STEP + "code = ?", step, outcome, comment, deadline, actor, at, at, code);
        if (added == 0) {
            throw new NominationNotFoundException(code);
        }
    }

    List<StepRow> steps(long nominationId) {
        return jdbc.query("SELECT step, outcome, comment, deadline, actor, acted_at FROM nomination_step WHERE nomination_id = ? ORDER BY acted_at, id",
                (rs, i) -> new StepRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)), nominationId);
    }

    /**
     * Closes the dossier found by code and returns the status it had; empty when there is none. On PostgreSQL the
     * row is locked, read and updated in one statement (RETURNING the locked row's status); elsewhere read, then updated.
     */
    Optional<String> close(String code, NominationStatus status, String reason) {
        if (isPostgres()) {
            return jdbc.queryForList("WITH old AS (SELECT id, status FROM nomination WHERE code = ? FOR UPDATE) "
                            + "UPDATE nomination n SET status = ?, closing_reason = ?, updated_at = ?, version = n.version + 1 FROM old "
                            + "WHERE n.id = old.id RETURNING old.status", String.class, code, status.value(), reason, now()).stream().findFirst();
        }
        Optional<Dossier> dossier = findForUpdate(code);
        dossier.ifPresent(d -> close(d.id(), status, reason));
        return dossier.map(d -> d.status().value());
    }

    private boolean isPostgres() {
        return database.isPostgres();
    }

    void close(long id, NominationStatus status, String reason) {
        jdbc.update("UPDATE nomination SET status = ?, closing_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                status.value(), reason, now(), id);
    }

    private static Dossier dossier(ResultSet rs, int row) throws SQLException {
        NewDossier content = new NewDossier(rs.getString("award_kind_code"), rs.getString("movement_code"), rs.getString("procedure_kind"),
                NomineeKind.fromValue(rs.getString("nominee_kind")), rs.getString("nominee_name"), rs.getString("nominee_id_number"),
                (Integer) rs.getObject("nominee_birth_year", Integer.class), rs.getString("nominee_gender"), rs.getString("nominee_position"),
                rs.getString("nominee_address"), rs.getObject("member_count", Integer.class), rs.getString("head_name"),
                rs.getString("tax_code"), rs.getString("achievements"), rs.getInt("year"),
                rs.getBoolean("posthumous") ? new Posthumous(rs.getString("receiver_name"), rs.getString("receiver_relation")) : null);
        return new Dossier(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"), content, NominationStatus.fromValue(rs.getString("status")),
                rs.getString("closing_reason"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), DossierOrigin.of(rs.getString("origin")));
    }
}
