package vn.khenthuong.council;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.audit.AuditEventType;
import vn.khenthuong.audit.AuditLog;

/**
 * Ballots of the emulation council and their tally. A round is one vote of one council on a nomination: ballots
 * cast before the n-th tally belong to round n.
 * <p>
 * Open ballot: each member's choice is kept (council_ballot). Secret ballot: only who took part
 * (council_participation) and three counters per round (council_secret_count) — nothing written anywhere ties a
 * member to a choice, and nothing here logs one.
 */
@Service
public class Ballots {

    public static final Set<String> VOTES = Set.of("yes", "no", "abstain");
    public static final String IN_PERSON = "IN_PERSON";
    public static final String WRITTEN = "WRITTEN";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Ballots(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Casts one member's ballot in the open round, once. {@code mode} WRITTEN is a paper ballot of an absent member,
     * recorded by the council secretary ({@code recordedBy}) with the paper's reference.
     */
    @Transactional
    public void cast(String nominationCode, String councilUnit, String member, String vote, boolean secret, String mode,
                     String paperReference, String recordedBy) {
        String checked = checkedVote(vote);
        if (WRITTEN.equals(mode) && (paperReference == null || paperReference.isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Phiếu gửi bằng văn bản phải có số, ký hiệu của phiếu / a written ballot needs its paper reference");
        }
        castIn(openRound(nominationCode), nominationCode, councilUnit, member, checked, secret, mode, paperReference, recordedBy);
    }

    /**
     * The open ballot a member gave when completing their councilVote task, unless they already took part in the open
     * round through the ballot page. Returns false if they had not taken part and gave no vote. One query finds the
     * round and the member's part in it: this runs for every member's task.
     */
    @Transactional
    public boolean castOnCompletion(String nominationCode, String councilUnit, String member, String vote) {
        List<Part> found = jdbc.query("select o.id, o.round, exists (select 1 from council_participation p "
                        + "where p.nomination_id = o.id and p.round = o.round and p.member = ?) from (" + OPEN_ROUND + ") o",
                (rs, i) -> new Part(new Round(rs.getLong(1), rs.getInt(2)), rs.getBoolean(3)), member, nominationCode);
        if (found.isEmpty()) {
            throw noNomination(nominationCode);
        }
        if (found.get(0).tookPart()) {
            return true;
        }
        if (vote == null) {
            return false;
        }
        castIn(found.get(0).round(), nominationCode, councilUnit, member, checkedVote(vote), false, IN_PERSON, null, member);
        return true;
    }

    private static String checkedVote(String vote) {
        if (vote == null || !VOTES.contains(vote)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Phiếu phải là Đồng ý, Không đồng ý hoặc Không biểu quyết / vote must be yes, no or abstain");
        }
        return vote;
    }

    private void castIn(Round open, String nominationCode, String councilUnit, String member, String vote, boolean secret, String mode,
                        String paperReference, String recordedBy) {
        long nominationId = open.nominationId();
        int round = open.round();
        try {
            jdbc.update("insert into council_participation (nomination_id, council_unit, round, member, mode, paper_reference, recorded_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", nominationId, councilUnit, round, member, mode,
                    paperReference == null || paperReference.isBlank() ? null : paperReference.trim(), recordedBy);
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Thành viên " + member + " đã bỏ phiếu trong lần biểu quyết này / member has already voted in this round", e);
        }
        if (secret) {
            String column = vote + "_count";
            if (jdbc.update("update council_secret_count set " + column + " = " + column + " + 1 where nomination_id = ? and round = ?",
                    nominationId, round) == 0) {
                jdbc.update("insert into council_secret_count (nomination_id, round, " + column + ") values (?, ?, 1)", nominationId, round);
            }
        } else {
            jdbc.update("insert into council_ballot (nomination_id, council_unit, round, member, vote, cast_at) values (?, ?, ?, ?, ?, ?)",
                    nominationId, councilUnit, round, member, vote, Timestamp.from(Instant.now()));
        }
        // Who took part, never what they chose: the trail must not reveal a secret ballot.
        audit.append(nominationCode, AuditEventType.BALLOT_CAST, member, AuditLog.fields("councilUnit", councilUnit, "round", round, "mode", mode,
                "paperReference", paperReference));
    }

    /** Members who took part in the open round (in person or in writing). */
    public Set<String> participants(String nominationCode) {
        Round open = openRound(nominationCode);
        return new HashSet<>(jdbc.queryForList("select member from council_participation where nomination_id = ? and round = ?",
                String.class, open.nominationId(), open.round()));
    }

    /**
     * Closes the open round: counts the ballots of {@code members} against {@code requiredShare} of ALL members,
     * checks the quorum (participants / members at least {@code quorum}) and stores the tally.
     */
    @Transactional
    public Tally tally(String nominationCode, String councilUnit, Collection<String> members, BigDecimal requiredShare,
                       boolean strictlyMore, Fraction quorum, boolean secret) {
        Round open = openRound(nominationCode);
        long nominationId = open.nominationId();
        int round = open.round();
        Set<String> council = new HashSet<>(members);
        int participants = (int) jdbc.queryForList("select member from council_participation where nomination_id = ? and round = ?",
                String.class, nominationId, round).stream().filter(council::contains).count();
        int yes = 0;
        int no = 0;
        int abstain = 0;
        if (secret) {
            List<Map<String, Object>> counts = jdbc.queryForList(
                    "select yes_count, no_count, abstain_count from council_secret_count where nomination_id = ? and round = ?", nominationId, round);
            if (!counts.isEmpty()) {
                yes = ((Number) counts.get(0).get("yes_count")).intValue();
                no = ((Number) counts.get(0).get("no_count")).intValue();
                abstain = ((Number) counts.get(0).get("abstain_count")).intValue();
            }
        } else {
            for (Map<String, Object> ballot : jdbc.queryForList(
                    "select member, vote from council_ballot where nomination_id = ? and round = ?", nominationId, round)) {
                if (!council.contains((String) ballot.get("member"))) {
                    continue;
                }
                switch ((String) ballot.get("vote")) {
                    case "yes" -> yes++;
                    case "no" -> no++;
                    default -> abstain++;
                }
            }
        }
        boolean quorumMet = quorum.reachedBy(participants, council.size());
        boolean passed = quorumMet && passes(yes, council.size(), requiredShare, strictlyMore);
        jdbc.update("insert into council_tally (nomination_id, council_unit, round, member_count, yes_count, no_count, "
                        + "abstain_count, required_share, strictly_more, passed, tallied_at, secret_ballot, participant_count, quorum_share, quorum_met) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                nominationId, councilUnit, round, council.size(), yes, no, abstain, requiredShare, strictlyMore, passed,
                Timestamp.from(Instant.now()), secret, participants, quorum.decimal(), quorumMet);
        // Counts only: who took part is in the BALLOT_CAST events, and no row names members beside the counts.
        audit.append(nominationCode, AuditEventType.COUNCIL_TALLY, "system", AuditLog.fields("councilUnit", councilUnit, "round", round,
                "memberCount", council.size(), "yesCount", yes, "noCount", no, "abstainCount", abstain,
                "requiredShare", requiredShare, "strictlyMore", strictlyMore, "passed", passed, "secretBallot", secret,
                "participants", participants, "quorumShare", quorum.decimal(), "quorumMet", quorumMet));
        return new Tally(nominationCode, councilUnit, round, council.size(), yes, no, abstain, requiredShare, strictlyMore, passed,
                secret, participants, quorumMet);
    }

    /** Tallies of a nomination, oldest round first. */
    public List<Tally> tallies(String nominationCode) {
        return jdbc.query("select t.*, n.code from council_tally t join nomination n on n.id = t.nomination_id "
                        + "where n.code = ? order by t.round",
                (rs, i) -> new Tally(rs.getString("code"), rs.getString("council_unit"), rs.getInt("round"),
                        rs.getInt("member_count"), rs.getInt("yes_count"), rs.getInt("no_count"), rs.getInt("abstain_count"),
                        rs.getBigDecimal("required_share"), rs.getBoolean("strictly_more"), rs.getBoolean("passed"),
                        rs.getBoolean("secret_ballot"), rs.getInt("participant_count"), rs.getBoolean("quorum_met")),
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

    /** The nomination's id and its open round (one past the last tallied), in one round trip. */
    private record Round(long nominationId, int round) {
    }

    /** The open round, and whether a member has taken part in it. */
    private record Part(Round round, boolean tookPart) {
    }

    /** The nomination's id and its open round, by the nomination's code. */
    private static final String OPEN_ROUND = "select n.id, coalesce((select max(t.round) from council_tally t where t.nomination_id = n.id), 0) + 1 "
            + "as round from nomination n where n.code = ?";

    private Round openRound(String code) {
        List<Round> found = jdbc.query(OPEN_ROUND, (rs, i) -> new Round(rs.getLong(1), rs.getInt(2)), code);
        if (found.isEmpty()) {
            throw noNomination(code);
        }
        return found.get(0);
    }

    private static ResponseStatusException noNomination(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ " + code + " / no nomination " + code);
    }
}
