package vn.khenthuong.council;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.audit.AuditEventType;
import vn.khenthuong.audit.AuditLog;

/**
 * Ballots of the emulation council and their tally (tables council_ballot, council_tally).
 * A round is one vote of the council on a nomination: ballots cast before the n-th tally belong to round n.
 */
@Service
public class Ballots {

    public static final Set<String> VOTES = Set.of("yes", "no", "abstain");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Ballots(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Records (or corrects, within the open round) the ballot of one member. */
    @Transactional
    public void record(String nominationCode, String councilUnit, String member, String vote) {
        if (vote == null || !VOTES.contains(vote)) {
            throw new IllegalArgumentException("Phiếu biểu quyết không hợp lệ: " + vote + " / invalid vote");
        }
        long nominationId = nominationId(nominationCode);
        int round = openRound(nominationId);
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("update council_ballot set vote = ?, cast_at = ? where nomination_id = ? and round = ? and member = ?",
                vote, now, nominationId, round, member);
        if (updated == 0) {
            jdbc.update("insert into council_ballot (nomination_id, council_unit, round, member, vote, cast_at) values (?, ?, ?, ?, ?, ?)",
                    nominationId, councilUnit, round, member, vote, now);
        }
        // Who took part, never what they chose: the trail must not reveal a secret ballot.
        audit.append(nominationCode, AuditEventType.BALLOT_CAST, member, AuditLog.fields("councilUnit", councilUnit, "round", round));
    }

    /**
     * Closes the open round: counts the ballots of {@code members} (everyone else's ballots are ignored),
     * compares the yes votes with {@code requiredShare} of ALL members and stores the tally.
     */
    @Transactional
    public Tally tally(String nominationCode, String councilUnit, Collection<String> members, BigDecimal requiredShare,
                       boolean strictlyMore) {
        long nominationId = nominationId(nominationCode);
        int round = openRound(nominationId);
        Set<String> council = new HashSet<>(members);
        int yes = 0;
        int no = 0;
        int abstain = 0;
        List<Map<String, Object>> ballots = jdbc.queryForList(
                "select member, vote from council_ballot where nomination_id = ? and round = ?", nominationId, round);
        for (Map<String, Object> ballot : ballots) {
            if (!council.contains((String) ballot.get("member"))) {
                continue;
            }
            switch ((String) ballot.get("vote")) {
                case "yes" -> yes++;
                case "no" -> no++;
                default -> abstain++;
            }
        }
        boolean passed = passes(yes, council.size(), requiredShare, strictlyMore);
        jdbc.update("insert into council_tally (nomination_id, council_unit, round, member_count, yes_count, no_count, "
                        + "abstain_count, required_share, strictly_more, passed, tallied_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                nominationId, councilUnit, round, council.size(), yes, no, abstain, requiredShare, strictlyMore, passed,
                Timestamp.from(Instant.now()));
        audit.append(nominationCode, AuditEventType.COUNCIL_TALLY, "system", AuditLog.fields("councilUnit", councilUnit, "round", round,
                "members", council.stream().sorted().toList(), "memberCount", council.size(), "yes", yes, "no", no, "abstain", abstain,
                "requiredShare", requiredShare, "strictlyMore", strictlyMore, "passed", passed));
        return new Tally(nominationCode, councilUnit, round, council.size(), yes, no, abstain, requiredShare, strictlyMore, passed);
    }

    /** Tallies of a nomination, oldest round first. */
    public List<Tally> tallies(String nominationCode) {
        return jdbc.query("select t.*, n.code from council_tally t join nomination n on n.id = t.nomination_id "
                        + "where n.code = ? order by t.round",
                (rs, i) -> new Tally(rs.getString("code"), rs.getString("council_unit"), rs.getInt("round"),
                        rs.getInt("member_count"), rs.getInt("yes_count"), rs.getInt("no_count"), rs.getInt("abstain_count"),
                        rs.getBigDecimal("required_share"), rs.getBoolean("strictly_more"), rs.getBoolean("passed")),
                nominationCode);
    }

    /** Exact arithmetic: yes/members compared with the share, without rounding (0.7 × 10 members needs 7). */
    static boolean passes(int yes, int memberCount, BigDecimal requiredShare, boolean strictlyMore) {
        if (memberCount == 0) {
            return false;
        }
        int cmp = BigDecimal.valueOf(yes).compareTo(requiredShare.multiply(BigDecimal.valueOf(memberCount)));
        return strictlyMore ? cmp > 0 : cmp >= 0;
    }

    private int openRound(long nominationId) {
        Integer closed = jdbc.queryForObject("select max(round) from council_tally where nomination_id = ?", Integer.class, nominationId);
        return closed == null ? 1 : closed + 1;
    }

    private long nominationId(String code) {
        try {
            return jdbc.queryForObject("select id from nomination where code = ?", Long.class, code);
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalArgumentException("Không có hồ sơ " + code + " / no nomination " + code, e);
        }
    }
}
