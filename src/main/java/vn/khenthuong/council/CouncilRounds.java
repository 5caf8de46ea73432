package vn.khenthuong.council;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

/**
 * The council's meetings (council_round) and their rosters (council_roster): opened by the process step that calls the
 * council, with the members of the council's composition at that moment. Everything that decides a vote (who is a
 * member, the council's unit, secret or open) is read from here, never from a process variable.
 */
@Service
public class CouncilRounds {

    private static final Logger log = LoggerFactory.getLogger(CouncilRounds.class);

    /** A member as the roster keeps them: the user id and the name shown to the secretary. */
    public record Member(String userId, String displayName) {
    }

    private final JdbcTemplate jdbc;

    CouncilRounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer to a ballot, absence or tally that comes after the meeting closed (or before it opened). */
    public static final String MEETING_ENDED = "Phiên họp đã kết thúc hoặc không mở (đã kiểm phiếu, hoặc chưa triệu tập): phiếu, ghi vắng mặt "
            + "không được ghi / the council meeting has ended or is not open: nothing was recorded";

    static final String ROUND_COLUMNS = "r.id, r.nomination_id, n.code, r.round, r.process_instance_id, r.council_unit, r.secret_ballot, "
            + "r.composition_source, r.opened_at, r.closed_at";
    /**
     * The same columns from council_round alone (the code by a sub-select), so that one {@code FOR UPDATE} statement
     * both locks and reads the round on H2 and PostgreSQL: a join with the nomination would lock (or, on H2, refuse)
     * more than the round.
     */
    private static final String LOCKED_ROUND = "select r.id, r.nomination_id, (select n.code from nomination_summary n where n.id = r.nomination_id), "
            + "r.round, r.process_instance_id, r.council_unit, r.secret_ballot, r.composition_source, r.opened_at, r.closed_at "
            + "from council_round r where r.process_instance_id = ? and r.closed_at is null order by r.round desc for update";

    /** What this transaction already knows of a process instance's open round, kept until the transaction ends. */
    private static final class Known {
        /** Open rounds this transaction holds locked: nobody else can change them before it ends. */
        final Map<String, CouncilRound> locked = new HashMap<>();
        /** Member lists of rounds this transaction opened (a roster's members never change once written). */
        final Map<String, List<String>> members = new HashMap<>();

        void forget(String processInstanceId) {
            locked.remove(processInstanceId);
            members.remove(processInstanceId);
        }
    }

    private static final Object KNOWN = new Object();

    /**
     * Opens the next round of the nomination with {@code members}, in the caller's (the engine's) transaction. The
     * round number follows the last round or tally (rounds tallied before V9 have no council_round row). A round of
     * the nomination left open (its meeting ended without a tally, e.g. the instance was moved) is closed first.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public CouncilRound open(String nominationCode, String processInstanceId, String councilUnit, boolean secret, String compositionSource,
                             List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalStateException("Hội đồng không có thành viên / a council round needs members");
        }
        // Locks the nomination row: two openings of one nomination cannot take the same number.
        List<Long> ids = jdbc.queryForList("select id from nomination where code = ? for update", Long.class, nominationCode);
        if (ids.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ " + nominationCode + " / no nomination " + nominationCode);
        }
        long nominationId = ids.get(0);
        // Microseconds, as both databases keep it: the round returned below is the one a later read gives.
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        int stale = jdbc.update("update council_round set closed_at = ? where nomination_id = ? and closed_at is null", now, nominationId);
        if (stale > 0) {
            log.warn("Hồ sơ {}: {} phiên họp Hội đồng chưa kiểm phiếu được đóng khi mở phiên mới / closed {} untallied council round(s)",
                    nominationCode, stale, stale);
        }
        int round = jdbc.queryForObject("select greatest(coalesce((select max(round) from council_round where nomination_id = ?), 0), "
                + "coalesce((select max(round) from council_tally where nomination_id = ?), 0)) + 1", Integer.class, nominationId, nominationId);
        long roundId = insertRound(nominationId, round, processInstanceId, councilUnit, secret, compositionSource, now);
        insertRoster(roundId, members);
        if (secret) {
            // The ballot box exists from the start: ballots only increment it, under the round's lock.
            jdbc.update("insert into council_secret_count (nomination_id, round) values (?, ?)", nominationId, round);
        }
        Known known = known();
        if (known != null) {
            // The councilVote tasks are created from this roster in the same transaction (twice per task: the engine
            // evaluates the collection for the count and again for each element).
            known.forget(processInstanceId);
            known.members.put(processInstanceId, members.stream().map(Member::userId).toList());
        }
        // As written, not read back.
        return new CouncilRound(roundId, nominationId, nominationCode, round, processInstanceId, councilUnit, secret, compositionSource,
                now.toInstant().atOffset(ZoneOffset.UTC), null);
    }

    /** Inserts the round and returns its id (the generated key: no read back). */
    private long insertRound(long nominationId, int round, String processInstanceId, String councilUnit, boolean secret,
                             String compositionSource, Timestamp now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into council_round (nomination_id, round, process_instance_id, council_unit, "
                    + "secret_ballot, composition_source, opened_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, nominationId);
            ps.setInt(2, round);
            ps.setString(3, processInstanceId);
            ps.setString(4, councilUnit);
            ps.setBoolean(5, secret);
            ps.setString(6, compositionSource);
            ps.setTimestamp(7, now);
            return ps;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    /** The roster in one batch (one round trip, not one per member). */
    private void insertRoster(long roundId, List<Member> members) {
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (Member m : members) {
            rows.add(new Object[] {roundId, m.userId(), m.displayName() == null || m.displayName().isBlank() ? m.userId() : m.displayName(), ++position});
        }
        jdbc.batchUpdate("insert into council_roster (round_id, member, display_name, position) values (?, ?, ?, ?)", rows);
    }

    /** Whether a process instance ever had a round, open or closed. */
    public boolean hasRound(String processInstanceId) {
        Known known = known();
        if (known != null && (known.locked.containsKey(processInstanceId) || known.members.containsKey(processInstanceId))) {
            return true;
        }
        return jdbc.queryForObject("select count(*) from council_round where process_instance_id = ?", Integer.class, processInstanceId) > 0;
    }

    /** The open round of a process instance, if any. */
    public Optional<CouncilRound> openRound(String processInstanceId) {
        return jdbc.query("select " + ROUND_COLUMNS + " from council_round r join nomination_summary n on n.id = r.nomination_id "
                + "where r.process_instance_id = ? and r.closed_at is null order by r.round desc", CouncilRounds::round, processInstanceId)
                .stream().findFirst();
    }

    /**
     * The open round of a process instance, locked until the caller's transaction ends: ballots, absences and the
     * tally of one meeting run one after another. 409 when the meeting is not open.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouncilRound lockOpenRound(String processInstanceId) {
        return lockAndRead(processInstanceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, MEETING_ENDED));
    }

    /**
     * Locks the open round(s) of the instance and reads the latest, in one statement: both databases check the
     * condition again on the row they waited for, so a round a tally closed meanwhile is not returned. Once locked,
     * the round is remembered until the transaction ends (the lock keeps it as read; {@link #close} forgets it), so
     * the meeting's turn, the ballot and the tally of one completion lock and read it once.
     */
    private Optional<CouncilRound> lockAndRead(String processInstanceId) {
        Known known = known();
        CouncilRound held = known == null ? null : known.locked.get(processInstanceId);
        if (held != null) {
            return Optional.of(held);
        }
        Optional<CouncilRound> round = jdbc.query(LOCKED_ROUND, CouncilRounds::round, processInstanceId).stream().findFirst()
                .filter(CouncilRound::open);
        if (round.isPresent() && known != null) {
            known.locked.put(processInstanceId, round.get());
        }
        return round;
    }

    /**
     * Waits for the open round of a process instance, if there is one, and holds it until the caller's transaction
     * ends, without refusing anything: the engine takes it before completing a meeting's task, so that members voting
     * at the same instant complete one after another instead of colliding on the engine's multi-instance counters.
     * Whether a late ballot is still accepted is decided later, by {@link #lockOpenRound}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean waitForOpenRound(String processInstanceId) {
        return lockAndRead(processInstanceId).isPresent();
    }

    /** Member user ids of a round, in roster order. */
    public List<String> members(long roundId) {
        return jdbc.queryForList("select member from council_roster where round_id = ? order by position", String.class, roundId);
    }

    /** Member user ids of the open round of a process instance (the councilVote multi-instance collection). */
    public List<String> members(String processInstanceId) {
        Known known = known();
        List<String> opened = known == null ? null : known.members.get(processInstanceId);
        if (opened != null) {
            return opened;
        }
        CouncilRound round = openRound(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "Không có phiên họp Hội đồng đang mở cho phiên quy trình " + processInstanceId + " / no open council round"));
        return members(round.id());
    }

    /** The roster with each member's presence and participation; never a choice. */
    public List<RosterEntry> roster(CouncilRound round) {
        return jdbc.query("select m.*, exists (select 1 from council_participation p where p.nomination_id = ? and p.round = ? "
                        + "and p.member = m.member) as took_part from council_roster m where m.round_id = ? order by m.position",
                (rs, i) -> new RosterEntry(rs.getString("member"), rs.getString("display_name"), rs.getBoolean("absent"),
                        rs.getString("absence_reference"), rs.getString("absence_marked_by"), time(rs, "absence_marked_at"),
                        rs.getBoolean("took_part"), rs.getString("written_reference"), rs.getString("written_recorded_by"),
                        time(rs, "written_recorded_at")),
                round.nominationId(), round.round(), round.id());
    }

    /** Rounds of a nomination, oldest first. */
    public List<CouncilRound> rounds(String nominationCode) {
        return jdbc.query("select " + ROUND_COLUMNS + " from council_round r join nomination_summary n on n.id = r.nomination_id where n.code = ? "
                + "order by r.round", CouncilRounds::round, nominationCode);
    }

    CouncilRound byId(long id) {
        return jdbc.queryForObject("select " + ROUND_COLUMNS + " from council_round r join nomination_summary n on n.id = r.nomination_id where r.id = ?",
                CouncilRounds::round, id);
    }

    void close(CouncilRound round) {
        jdbc.update("update council_round set closed_at = ? where id = ?", Timestamp.from(Instant.now()), round.id());
        Known known = known();
        if (known != null) {
            known.forget(round.processInstanceId());
        }
    }

    /** This transaction's knowledge of open rounds, or null outside a transaction. Dropped when the transaction ends. */
    private static Known known() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Known known = (Known) TransactionSynchronizationManager.getResource(KNOWN);
        if (known == null) {
            known = new Known();
            TransactionSynchronizationManager.bindResource(KNOWN, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KNOWN);
                }
            });
        }
        return known;
    }

    /**
     * For a meeting already open when V9 was applied (no council_round row yet): the round as the old code numbered
     * it (one past the last tally), so the ballots already cast in it count. Returns empty if the instance already
     * has an open round.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Optional<CouncilRound> openExisting(String nominationCode, String processInstanceId, String councilUnit, boolean secret,
                                               String compositionSource, List<Member> members) {
        List<Long> ids = jdbc.queryForList("select id from nomination where code = ? for update", Long.class, nominationCode);
        if (ids.isEmpty() || openRound(processInstanceId).isPresent()) {
            return Optional.empty();
        }
        long nominationId = ids.get(0);
        int round = jdbc.queryForObject("select coalesce(max(round), 0) + 1 from council_tally where nomination_id = ?", Integer.class, nominationId);
        if (jdbc.queryForObject("select count(*) from council_round where nomination_id = ? and round = ?", Integer.class, nominationId, round) > 0) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(Instant.now());
        long roundId = insertRound(nominationId, round, processInstanceId, councilUnit, secret, compositionSource, now);
        insertRoster(roundId, members);
        Known known = known();
        if (known != null) {
            known.forget(processInstanceId);
        }
        if (secret && jdbc.queryForObject("select count(*) from council_secret_count where nomination_id = ? and round = ?",
                Integer.class, nominationId, round) == 0) {
            jdbc.update("insert into council_secret_count (nomination_id, round) values (?, ?)", nominationId, round);
        }
        log.warn("Hồ sơ {}: phiên họp Hội đồng {} đang mở từ trước khi nâng cấp (V9): danh sách {} thành viên lấy từ {} "
                        + "/ council round {} opened before V9 given a roster of {} members from {}",
                nominationCode, round, members.size(), compositionSource, round, members.size(), compositionSource);
        return Optional.of(byId(roundId));
    }

    private static CouncilRound round(ResultSet rs, int i) throws SQLException {
        return new CouncilRound(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
