package vn.khenthuong.council;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.PostgresCheck;

/**
 * Ballots of the emulation council and their tally, against the round's roster (council_round, council_roster): who
 * may vote, the council's unit and whether the ballot is secret were fixed when the meeting opened. Every write locks
 * the round's row first, so concurrent ballots, absences and the tally run one after another.
 * <p>
 * Open ballot: each member's choice is kept (council_ballot). Secret ballot: only who took part
 * (council_participation) and three counters per round (council_secret_count) — nothing written anywhere ties a
 * member to a choice, and nothing here logs one.
 */
@Service
public class Ballots {

    public static final String IN_PERSON = "IN_PERSON";
    public static final String WRITTEN = "WRITTEN";
    /** What the trail says of a ballot the secretary recorded from a member's paper. */
    public static final String WRITTEN_NOTE_VI = "phiếu bằng văn bản, do thư ký ghi";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final CouncilRounds rounds;

    private final PostgresCheck database;

    Ballots(JdbcTemplate jdbc, ApplicationEventPublisher events, CouncilRounds rounds) {
        this.jdbc = jdbc;
        this.database = new PostgresCheck(jdbc);
        this.events = events;
        this.rounds = rounds;
    }

    /** A member's own ballot in the open meeting of the process instance (the ballot page), once. */
    @Transactional
    public void castOwn(String processInstanceId, String member, String vote) {
        Vote checked = checkedVote(vote);
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        RosterEntry entry = entry(round, member);
        if (entry.tookPart()) {
            throw alreadyVoted(member);
        }
        castIn(round, entry, checked, IN_PERSON, null, member);
    }

    /**
     * When a member's councilVote task completes: true if they have taken part in the open round (through the ballot
     * page, or a written ballot the secretary recorded), else records {@code vote} (an open ballot given as the task's
     * variable). False if they had not taken part and gave no vote. A secret ballot never travels as a variable.
     */
    @Transactional
    public boolean castOnCompletion(String processInstanceId, String member, String vote) {
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        RosterEntry entry = entry(round, member);
        if (round.secret() && vote != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Bỏ phiếu kín: phiếu được gửi qua trang biểu quyết, "
                    + "không gửi kèm khi hoàn thành nhiệm vụ / secret ballot: cast it through /api/council/ballots, not as a task variable");
        }
        if (entry.tookPart()) {
            return true;
        }
        if (vote == null) {
            return false;
        }
        castIn(round, entry, checkedVote(vote), IN_PERSON, null, member);
        return true;
    }

    /** The secretary marks a member absent, with the reference of the paper (letter, written ballot) that shows it. */
    @Transactional
    public RosterEntry markAbsent(String processInstanceId, String member, String reference, String secretary) {
        String ref = reference(reference);
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        RosterEntry entry = entry(round, member);
        if (member.equals(secretary)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Thư ký không tự ghi mình vắng mặt: thư ký có mặt và tự bỏ phiếu "
                    + "/ the secretary cannot mark themselves absent");
        }
        if (entry.tookPart()) {
            throw alreadyVoted(member);
        }
        if (entry.absent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Thành viên " + member + " đã được ghi vắng mặt (" + entry.absenceReference()
                    + ") / member is already marked absent");
        }
        jdbc.update("update council_roster set absent = true, absence_reference = ?, absence_marked_by = ?, absence_marked_at = ? "
                + "where round_id = ? and member = ?", ref, secretary, Timestamp.from(Instant.now()), round.id(), member);
        events.publishEvent(new MemberMarkedAbsent(round.nominationCode(), round.councilUnit(), round.round(), member, ref, secretary));
        return entry(round, member);
    }

    /** The secretary undoes an absence, while the member has no ballot. */
    @Transactional
    public RosterEntry markPresent(String processInstanceId, String member, String secretary) {
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        RosterEntry entry = entry(round, member);
        if (!entry.absent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Thành viên " + member + " không được ghi vắng mặt / member is not marked absent");
        }
        if (entry.tookPart()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Thành viên " + member + " đã có phiếu: không huỷ ghi vắng mặt được "
                    + "/ member has a ballot: the absence cannot be undone");
        }
        present(round, member, secretary, "secretary");
        return entry(round, member);
    }

    /**
     * The written ballot of a member the secretary marked absent, recorded by the secretary with the paper's
     * reference (the absence's reference when none is given). Nothing is written for a member who is not marked
     * absent or has already taken part.
     */
    @Transactional
    public void castWritten(String processInstanceId, String member, String vote, String paperReference, String secretary) {
        Vote checked = checkedVote(vote);
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        RosterEntry entry = entry(round, member);
        if (entry.tookPart()) {
            throw alreadyVoted(member);
        }
        if (!entry.absent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chỉ ghi phiếu bằng văn bản cho thành viên đã được thư ký ghi vắng mặt; "
                    + member + " chưa được ghi vắng mặt / a written ballot is recorded only for a member marked absent");
        }
        String ref = paperReference == null || paperReference.isBlank() ? entry.absenceReference() : reference(paperReference);
        jdbc.update("update council_roster set written_reference = ?, written_recorded_by = ?, written_recorded_at = ? where round_id = ? and member = ?",
                ref, secretary, Timestamp.from(Instant.now()), round.id(), member);
        castIn(round, entry, checked, WRITTEN, ref, secretary);
    }

    private static Vote checkedVote(String vote) {
        return Vote.find(vote).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Phiếu phải là Đồng ý, Không đồng ý hoặc Không biểu quyết / vote must be yes, no or abstain"));
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Phải có số, ký hiệu của phiếu (văn bản) / the paper's reference is required");
        }
        String ref = reference.trim();
        if (ref.length() > 100 || ref.chars().anyMatch(Character::isISOControl)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Số, ký hiệu phiếu tối đa 100 ký tự, không có ký tự điều khiển / the reference is at most 100 printable characters");
        }
        return ref;
    }

    private RosterEntry entry(CouncilRound round, String member) {
        return rounds.roster(round).stream().filter(e -> e.member().equals(member)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Người này không phải thành viên Hội đồng "
                        + round.councilUnit() + " trong phiên họp này / not a member of this council meeting"));
    }

    private static ResponseStatusException alreadyVoted(String member) {
        return new ResponseStatusException(HttpStatus.CONFLICT,
                "Thành viên " + member + " đã bỏ phiếu trong lần biểu quyết này / member has already voted in this round");
    }

    private void present(CouncilRound round, String member, String actor, String by) {
        jdbc.update("update council_roster set absent = false, absence_reference = null, absence_marked_by = null, absence_marked_at = null "
                + "where round_id = ? and member = ?", round.id(), member);
        events.publishEvent(new MemberMarkedPresent(round.nominationCode(), round.councilUnit(), round.round(), member, by, actor));
    }

    private void castIn(CouncilRound round, RosterEntry entry, Vote vote, String mode, String paperReference, String recordedBy) {
        String member = entry.member();
        if (IN_PERSON.equals(mode) && entry.absent()) {
            // The member came after all: their own ballot wins over the absence the secretary had noted.
            present(round, member, member, "ownBallot");
        }
        String participation = "insert into council_participation (nomination_id, council_unit, round, member, mode, paper_reference, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)";
        Timestamp castAt = Timestamp.from(Instant.now());
        boolean ballotWritten = false;
        try {
            if (!round.secret() && isPostgres()) {
                // An open ballot on PostgreSQL: who took part and their choice in one statement (one round trip per vote fewer).
                jdbc.update("with p as (" + participation + " returning nomination_id) "
                                + "insert into council_ballot (nomination_id, council_unit, round, member, vote, cast_at) select p.nomination_id, ?, ?, ?, ?, ? from p",
                        round.nominationId(), round.councilUnit(), round.round(), member, mode, paperReference, recordedBy,
                        round.councilUnit(), round.round(), member, vote.value(), castAt);
                ballotWritten = true;
            } else {
                jdbc.update(participation, round.nominationId(), round.councilUnit(), round.round(), member, mode, paperReference, recordedBy);
            }
        } catch (DuplicateKeyException e) {
            throw alreadyVoted(member);
        }
        if (round.secret()) {
            String column = vote.countColumn();
            if (jdbc.update("update council_secret_count set " + column + " = " + column + " + 1 where nomination_id = ? and round = ?",
                    round.nominationId(), round.round()) == 0) {
                jdbc.update("insert into council_secret_count (nomination_id, round, " + column + ") values (?, ?, 1)",
                        round.nominationId(), round.round());
            }
        } else if (!ballotWritten) {
            jdbc.update("insert into council_ballot (nomination_id, council_unit, round, member, vote, cast_at) values (?, ?, ?, ?, ?, ?)",
                    round.nominationId(), round.councilUnit(), round.round(), member, vote.value(), castAt);
        }
        // Who took part, never what they chose: the trail must not reveal a secret ballot.
        events.publishEvent(new BallotCast(round.nominationCode(), round.councilUnit(), round.round(), mode, member, paperReference, recordedBy));
    }

    private boolean isPostgres() {
        return database.isPostgres();
    }

    /** Members who took part in the nomination's latest round (in person or in writing). */
    public java.util.Set<String> participants(String nominationCode) {
        List<CouncilRound> all = rounds.rounds(nominationCode);
        if (all.isEmpty()) {
            return java.util.Set.of();
        }
        CouncilRound last = all.get(all.size() - 1);
        return rounds.roster(last).stream().filter(RosterEntry::tookPart).map(RosterEntry::member).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Closes the open meeting of the process instance: counts the ballots of the roster's members against
     * {@code requiredShare} of ALL of them, checks the quorum (participants / members at least {@code quorum}) and
     * stores the tally. Reads our tables only: the roster, the ballots and the round's secret-ballot rule.
     */
    @Transactional
    public Tally tally(String processInstanceId, BigDecimal requiredShare, boolean strictlyMore, Fraction quorum) {
        CouncilRound round = rounds.lockOpenRound(processInstanceId);
        long nominationId = round.nominationId();
        int number = round.round();
        List<RosterEntry> roster = rounds.roster(round);
        int members = roster.size();
        int participants = (int) roster.stream().filter(RosterEntry::tookPart).count();
        java.util.Set<String> council = roster.stream().map(RosterEntry::member).collect(java.util.stream.Collectors.toSet());
        int yes = 0;
        int no = 0;
        int abstain = 0;
        if (round.secret()) {
            List<Map<String, Object>> counts = jdbc.queryForList(
                    "select yes_count, no_count, abstain_count from council_secret_count where nomination_id = ? and round = ?", nominationId, number);
            if (!counts.isEmpty()) {
                yes = ((Number) counts.get(0).get("yes_count")).intValue();
                no = ((Number) counts.get(0).get("no_count")).intValue();
                abstain = ((Number) counts.get(0).get("abstain_count")).intValue();
            }
        } else {
            for (Map<String, Object> ballot : jdbc.queryForList(
                    "select member, vote from council_ballot where nomination_id = ? and round = ?", nominationId, number)) {
                if (!council.contains((String) ballot.get("member"))) {
                    continue;
                }
                switch (Vote.fromValue((String) ballot.get("vote"))) {
                    case YES -> yes++;
                    case NO -> no++;
                    case ABSTAIN -> abstain++;
                }
            }
        }
        boolean quorumMet = quorum.reachedBy(participants, members);
        boolean passed = quorumMet && passes(yes, members, requiredShare, strictlyMore);
        String councilUnit = round.councilUnit();
        boolean secret = round.secret();
        jdbc.update("insert into council_tally (nomination_id, council_unit, round, member_count, yes_count, no_count, "
                        + "abstain_count, required_share, strictly_more, passed, tallied_at, secret_ballot, participant_count, quorum_share, quorum_met) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                nominationId, councilUnit, number, members, yes, no, abstain, requiredShare, strictlyMore, passed,
                Timestamp.from(Instant.now()), secret, participants, quorum.decimal(), quorumMet);
        rounds.close(round);
        // Counts only: who took part is in the BALLOT_CAST events, and no row names members beside the counts.
        events.publishEvent(new VotesTallied(round.nominationCode(), councilUnit, number, members, yes, no, abstain, requiredShare, strictlyMore,
                passed, secret, participants, quorum.decimal(), quorumMet));
        return new Tally(round.nominationCode(), councilUnit, number, members, yes, no, abstain, requiredShare, strictlyMore, passed,
                secret, participants, quorumMet);
    }

    /** Tallies of a nomination, oldest round first. */
    public List<Tally> tallies(String nominationCode) {
        return jdbc.query("select t.*, n.code from council_tally t join nomination_summary n on n.id = t.nomination_id "
                        + "where n.code = ? order by t.round", (rs, i) -> tally(rs), nominationCode);
    }

    /** A tally as the audit trail shows it: who took part (sorted) and when it was counted. */
    public record TallySheet(Tally tally, List<String> participants, Instant talliedAt) {
    }

    /** Tallies of a nomination with their participants, oldest round first. */
    public List<TallySheet> tallySheets(String nominationCode) {
        return jdbc.query("select t.*, n.code from council_tally t join nomination_summary n on n.id = t.nomination_id "
                        + "where n.code = ? order by t.round", (rs, i) -> new TallySheet(tally(rs),
                        jdbc.queryForList("select member from council_participation where nomination_id = ? and round = ? order by member", String.class,
                                rs.getLong("nomination_id"), rs.getInt("round")),
                        rs.getObject("tallied_at", OffsetDateTime.class).toInstant()), nominationCode);
    }

    /** A member's choice in an open (public) ballot: its minutes name it. Secret ballots have none to give. */
    public record OpenChoice(int round, String member, Vote vote) {
    }

    /**
     * Each member's choice in the nomination's open ballots, by round then member. A secret ballot's box keeps only
     * counts (council_secret_count), so nothing here can name a secret choice.
     */
    public List<OpenChoice> openChoices(String nominationCode) {
        return jdbc.query("select b.round, b.member, b.vote from council_ballot b join nomination_summary n on n.id = b.nomination_id "
                        + "where n.code = ? order by b.round, b.member",
                (rs, i) -> new OpenChoice(rs.getInt("round"), rs.getString("member"), Vote.find(rs.getString("vote")).orElseThrow()), nominationCode);
    }

    private static Tally tally(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Tally(rs.getString("code"), rs.getString("council_unit"), rs.getInt("round"),
                rs.getInt("member_count"), rs.getInt("yes_count"), rs.getInt("no_count"), rs.getInt("abstain_count"),
                rs.getBigDecimal("required_share"), rs.getBoolean("strictly_more"), rs.getBoolean("passed"),
                rs.getBoolean("secret_ballot"), rs.getInt("participant_count"), rs.getBoolean("quorum_met"));
    }

    /**
     * A ballot the secretary recorded for {@code member} from their written ballot, as the member reads it in the
     * dossier. {@code vote} is their own choice for an open ballot, null for a secret one (nothing keeps it).
     */
    public record WrittenBallot(int round, String councilUnit, boolean secret, String paperReference, String recordedBy,
                                OffsetDateTime recordedAt, String vote) {

        /** {@code councilName}: the council's unit in words ("huyện Sìn Hồ"). */
        public String messageVi(String councilName) {
            return "Phiếu của bạn (Hội đồng thi đua " + councilName + ", lần biểu quyết " + round + ") được thư ký ghi từ phiếu bằng văn bản số "
                    + paperReference + (vote == null ? "" : ": " + Vote.fromValue(vote).label()) + ".";
        }
    }

    /** The written ballots recorded for {@code member} on a nomination, oldest round first. */
    public List<WrittenBallot> writtenBallotsOf(String nominationCode, String member) {
        return jdbc.query("select r.round, r.council_unit, r.secret_ballot, m.written_reference, m.written_recorded_by, m.written_recorded_at, "
                        + "(select b.vote from council_ballot b where b.nomination_id = r.nomination_id and b.round = r.round and b.member = m.member) as vote "
                        + "from council_roster m join council_round r on r.id = m.round_id join nomination_summary n on n.id = r.nomination_id "
                        + "where n.code = ? and m.member = ? and m.written_recorded_by is not null order by r.round",
                (rs, i) -> new WrittenBallot(rs.getInt("round"), rs.getString("council_unit"), rs.getBoolean("secret_ballot"),
                        rs.getString("written_reference"), rs.getString("written_recorded_by"),
                        rs.getObject("written_recorded_at", OffsetDateTime.class), rs.getBoolean("secret_ballot") ? null : rs.getString("vote")),
                nominationCode, member);
    }

    /** Exact arithmetic: yes/members compared with the share, without rounding (0.7 × 10 members needs 7). */
    static boolean passes(int yes, int memberCount, BigDecimal requiredShare, boolean strictlyMore) {
        if (memberCount == 0) {
            return false;
        }
        int cmp = BigDecimal.valueOf(yes).compareTo(requiredShare.multiply(BigDecimal.valueOf(memberCount)));
        return strictlyMore ? cmp > 0 : cmp >= 0;
    }
}
