package vn.khenthuong.emulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The year-end tables (V14). Callers hold the transaction and lock the round first ({@link #lock}). */
@Repository
class JdbcYearEnds {

    private static final String ROUND = "select id, block_code, year, head_unit, process_instance_id, state, started_by, started_at,"
            + " minutes_pdf is not null from block_year_end";

    private final JdbcTemplate jdbc;

    JdbcYearEnds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String blockCode, int year, String headUnit, String startedBy, List<String> members) {
        jdbc.update("insert into block_year_end (block_code, year, head_unit, state, started_by, started_at) values (?, ?, ?, ?, ?, ?)",
                blockCode, year, headUnit, YearEndRound.RESULTS, startedBy, now());
        long id = jdbc.queryForObject("select id from block_year_end where block_code = ? and year = ?", Long.class, blockCode, year);
        for (String member : members) {
            jdbc.update("insert into block_member_result (round_id, unit_code, state) values (?, ?, ?)", id, member, ResultState.DRAFT.name());
        }
        return id;
    }

    void setProcessInstance(long roundId, String processInstanceId) {
        jdbc.update("update block_year_end set process_instance_id = ? where id = ?", processInstanceId, roundId);
    }

    Optional<YearEndRound> find(String blockCode, int year) {
        return jdbc.query(ROUND + " where block_code = ? and year = ?", JdbcYearEnds::round, blockCode, year).stream().findFirst();
    }

    Optional<YearEndRound> find(long id) {
        return jdbc.query(ROUND + " where id = ?", JdbcYearEnds::round, id).stream().findFirst();
    }

    /** Locks the round's row until the transaction ends: writes to one round run one after another. */
    YearEndRound lock(long id) {
        jdbc.queryForList("select id from block_year_end where id = ? for update", Long.class, id);
        return find(id).orElseThrow();
    }

    void setState(long roundId, String state, String timestampColumn) {
        jdbc.update("update block_year_end set state = ?" + (timestampColumn == null ? "" : ", " + timestampColumn + " = ?") + " where id = ?",
                timestampColumn == null ? new Object[] {state, roundId} : new Object[] {state, now(), roundId});
    }

    List<String> members(long roundId) {
        return jdbc.queryForList("select unit_code from block_member_result where round_id = ? order by unit_code", String.class, roundId);
    }

    Optional<MemberResults> member(long roundId, String unit) {
        return jdbc.query("select unit_code, state, leader_name, staff_count, return_reason, entered_by, entered_at, submitted_by, submitted_at,"
                + " checked_by, checked_at from block_member_result where round_id = ? and unit_code = ?", (rs, i) -> new MemberResults(
                rs.getString(1), ResultState.valueOf(rs.getString(2)), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5), rs.getString(6),
                time(rs, 7), rs.getString(8), time(rs, 9), rs.getString(10), time(rs, 11), values(roundId, unit), evidence(roundId, unit)),
                roundId, unit).stream().findFirst();
    }

    List<IndicatorResult> values(long roundId, String unit) {
        return jdbc.query("select indicator_code, result_value, note, minh_hoa from block_indicator_result where round_id = ? and unit_code = ?"
                + " order by indicator_code", (rs, i) -> new IndicatorResult(rs.getString(1), plain(rs.getBigDecimal(2)), rs.getString(3),
                rs.getBoolean(4)), roundId, unit);
    }

    List<MemberResults.Evidence> evidence(long roundId, String unit) {
        return jdbc.query("select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at from block_result_document"
                + " where round_id = ? and unit_code = ? order by id", (rs, i) -> new MemberResults.Evidence(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), time(rs, 7)), roundId, unit);
    }

    void replaceValues(long roundId, String unit, String leaderName, Integer staffCount, List<IndicatorResult> values, String actor) {
        jdbc.update("delete from block_indicator_result where round_id = ? and unit_code = ?", roundId, unit);
        for (IndicatorResult v : values) {
            jdbc.update("insert into block_indicator_result (round_id, unit_code, indicator_code, result_value, note, minh_hoa) values (?, ?, ?, ?, ?, ?)",
                    roundId, unit, v.indicatorCode(), v.value(), v.note(), v.minhHoa());
        }
        jdbc.update("update block_member_result set leader_name = ?, staff_count = ?, entered_by = ?, entered_at = ? where round_id = ? and unit_code = ?",
                leaderName, staffCount, actor, now(), roundId, unit);
    }

    void submitted(long roundId, String unit, String actor) {
        jdbc.update("update block_member_result set state = ?, submitted_by = ?, submitted_at = ? where round_id = ? and unit_code = ?",
                ResultState.SUBMITTED.name(), actor, now(), roundId, unit);
    }

    void checked(long roundId, String unit, ResultState state, String reason, String actor) {
        jdbc.update("update block_member_result set state = ?, return_reason = ?, checked_by = ?, checked_at = ? where round_id = ? and unit_code = ?",
                state.name(), reason, actor, now(), roundId, unit);
    }

    long insertEvidence(long roundId, String unit, String fileName, String contentType, byte[] content, String sha256, String actor) {
        jdbc.update("insert into block_result_document (round_id, unit_code, file_name, content_type, size_bytes, sha256, content, uploaded_by,"
                + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", roundId, unit, fileName, contentType, content.length, sha256, content, actor, now());
        return jdbc.queryForObject("select max(id) from block_result_document where round_id = ? and unit_code = ? and sha256 = ?", Long.class,
                roundId, unit, sha256);
    }

    Optional<byte[]> evidenceContent(long roundId, String unit, long id) {
        return jdbc.query("select content from block_result_document where id = ? and round_id = ? and unit_code = ?", (rs, i) -> rs.getBytes(1),
                id, roundId, unit).stream().findFirst();
    }

    void replaceScores(long roundId, List<Ranking.Row> rows, Map<String, Map<String, String>> ruleIds) {
        jdbc.update("delete from block_score where round_id = ?", roundId);
        jdbc.update("delete from block_rank where round_id = ?", roundId);
        for (Ranking.Row r : rows) {
            r.pointsByIndicator().forEach((indicator, points) -> jdbc.update("insert into block_score (round_id, unit_code, indicator_code, points,"
                    + " rule_id) values (?, ?, ?, ?, ?)", roundId, r.unitCode(), indicator, points, ruleIds.get(r.unitCode()).get(indicator)));
            jdbc.update("insert into block_rank (round_id, unit_code, total, rank_place, tied) values (?, ?, ?, ?, ?)", roundId, r.unitCode(),
                    r.total(), r.rank(), r.tied());
        }
    }

    /** The stored ranking, best first; unit names are filled in by the caller. */
    List<Ranking.Row> ranking(long roundId) {
        Map<String, Map<String, BigDecimal>> points = new LinkedHashMap<>();
        jdbc.query("select unit_code, indicator_code, points from block_score where round_id = ? order by unit_code, indicator_code", rs -> {
            points.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), plain(rs.getBigDecimal(3)));
        }, roundId);
        return jdbc.query("select unit_code, total, rank_place, tied from block_rank where round_id = ? order by rank_place, unit_code",
                (rs, i) -> new Ranking.Row(rs.getString(1), null, points.getOrDefault(rs.getString(1), Map.of()), plain(rs.getBigDecimal(2)),
                        rs.getInt(3), rs.getBoolean(4)), roundId);
    }

    // --- the secret ballot ---

    void openBallotBox(long roundId, List<String> members) {
        List<String> choices = new ArrayList<>(List.of(BlockBallots.CONFIRM, BlockBallots.PROPOSE));
        choices.addAll(members);
        for (String choice : choices) {
            jdbc.update("insert into block_ballot_count (round_id, choice, votes) values (?, ?, 0)", roundId, choice);
        }
    }

    boolean tookPart(long roundId, String unit) {
        Integer n = jdbc.queryForObject("select count(*) from block_ballot_participation where round_id = ? and unit_code = ?", Integer.class,
                roundId, unit);
        return n != null && n > 0;
    }

    void participate(long roundId, String unit, String actor) {
        jdbc.update("insert into block_ballot_participation (round_id, unit_code, cast_by, cast_at) values (?, ?, ?, ?)", roundId, unit, actor, now());
    }

    void count(long roundId, String choice) {
        jdbc.update("update block_ballot_count set votes = votes + 1 where round_id = ? and choice = ?", roundId, choice);
    }

    Map<String, Integer> counts(long roundId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select choice, votes from block_ballot_count where round_id = ? order by choice", rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, roundId);
        return counts;
    }

    int participants(long roundId) {
        return jdbc.queryForObject("select count(*) from block_ballot_participation where round_id = ?", Integer.class, roundId);
    }

    List<String> participantUnits(long roundId) {
        return jdbc.queryForList("select unit_code from block_ballot_participation where round_id = ? order by unit_code", String.class, roundId);
    }

    void insertProposal(long roundId, BlockTally.Proposal p) {
        jdbc.update("insert into block_proposal (round_id, unit_code, proposal, award_kind_code, support) values (?, ?, ?, ?, ?)", roundId,
                p.unitCode(), p.kind().name(), p.awardKindCode(), p.support());
    }

    List<BlockTally.Proposal> proposals(long roundId) {
        return jdbc.query("select p.unit_code, p.proposal, p.award_kind_code, p.support, p.nomination_code from block_proposal p"
                        + " join block_rank r on r.round_id = p.round_id and r.unit_code = p.unit_code where p.round_id = ?"
                        + " order by case p.proposal when 'FLAG' then 0 else 1 end, r.rank_place, p.unit_code",
                (rs, i) -> new BlockTally.Proposal(rs.getString(1), BlockTally.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getString(5)), roundId);
    }

    void proposalFiled(long roundId, String unit, String nominationCode) {
        jdbc.update("update block_proposal set nomination_code = ? where round_id = ? and unit_code = ?", nominationCode, roundId, unit);
    }

    void storeMinutes(long roundId, byte[] pdf, String sha256) {
        jdbc.update("update block_year_end set minutes_pdf = ?, minutes_sha256 = ?, state = ?, tallied_at = coalesce(tallied_at, ?) where id = ?",
                pdf, sha256, YearEndRound.CLOSED, now(), roundId);
    }

    Optional<byte[]> minutes(long roundId) {
        return jdbc.query("select minutes_pdf from block_year_end where id = ? and minutes_pdf is not null", (rs, i) -> rs.getBytes(1), roundId)
                .stream().findFirst();
    }

    String minutesSha256(long roundId) {
        return jdbc.queryForObject("select minutes_sha256 from block_year_end where id = ?", String.class, roundId);
    }

    private static YearEndRound round(ResultSet rs, int i) throws SQLException {
        return new YearEndRound(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                time(rs, 8), rs.getBoolean(9));
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

}
