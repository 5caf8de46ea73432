package vn.khenthuong.emulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/**
 * The block meeting's secret ballot: one ballot per member unit, cast by an officer of that unit through the API
 * (never as a process variable). As the council's secret ballot: who took part (block_ballot_participation) and
 * counters per choice (block_ballot_count), nothing that ties a unit to its choice, nothing logged of it.
 * <p>
 * The tally (rule [check]: the province's regulation on blocks is not in our sources; the majority mirrors the
 * council's "more than half of all members", Luật Thi đua, khen thưởng 2022): a member's support is the number of
 * ballots naming it, plus the confirming ballots when it is among the ranking's leading places. Units supported by
 * more than half of the members lead — the flag, at most {@code flagPlaces} by ranking order (a tie at the last
 * place keeps every tied unit); the next {@code commendationPlaces} units of the ranking are proposed for Bằng khen.
 */
@Service
public class BlockBallots {

    static final String CONFIRM = "CONFIRM";
    static final String PROPOSE = "PROPOSE";
    public static final String FLAG_AWARD = "CO_TD_TINH";
    public static final String COMMENDATION_AWARD = "BK_TINH";

    private final JdbcYearEnds store;
    private final BlockYearEnds yearEnds;
    private final BlockRankings rankings;
    private final BlockAccess access;
    private final Officials officials;
    private final BlockYearEndProperties settings;
    private final ApplicationEventPublisher events;

    BlockBallots(JdbcYearEnds store, BlockYearEnds yearEnds, BlockRankings rankings, BlockAccess access, Officials officials,
                 BlockYearEndProperties settings, ApplicationEventPublisher events) {
        this.store = store;
        this.yearEnds = yearEnds;
        this.rankings = rankings;
        this.access = access;
        this.officials = officials;
        this.settings = settings;
        this.events = events;
    }

    /** The signed-in officer casts the ballot of their unit, once. */
    @Transactional
    public void cast(String blockCode, int year, String unit, BlockBallot ballot) {
        Official who = officials.current();
        YearEndRound round = store.lock(yearEnds.round(blockCode, year).id());
        List<String> members = store.members(round.id());
        if (!members.contains(unit) || !access.isOfficerOf(who, unit)) {
            throw BlockAccess.forbidden("Chỉ cán bộ thi đua của một đơn vị thành viên bỏ phiếu cho đơn vị mình",
                    "only an officer of a member unit casts that unit's ballot");
        }
        if (!YearEndRound.VOTING.equals(round.state())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Chưa đến hoặc đã qua phiên bỏ phiếu của khối / the block's ballot is not open");
        }
        if (store.tookPart(round.id(), unit)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Đơn vị " + unit + " đã bỏ phiếu / unit " + unit + " has already voted");
        }
        List<String> choices = choices(ballot, members);
        store.participate(round.id(), unit, who.userId());
        choices.forEach(c -> store.count(round.id(), c));
        // The event names the unit that took part, never its choice.
        events.publishEvent(new YearEndRecorded(blockCode, year, YearEndAction.BALLOT_CAST, who.userId(), unit, Map.of("secret", true)));
    }

    private List<String> choices(BlockBallot ballot, List<String> members) {
        if (ballot == null) {
            throw YearEndProblems.ballot("Thiếu phiếu", "ballot missing");
        }
        boolean confirm = Boolean.TRUE.equals(ballot.confirm());
        if (confirm == !ballot.proposedUnits().isEmpty()) {
            throw YearEndProblems.ballot("Phiếu hoặc nhất trí kết quả xếp hạng, hoặc nêu đơn vị đề nghị suy tôn — chọn một",
                    "a ballot either confirms the ranking or names the proposed units, exactly one");
        }
        if (confirm) {
            return List.of(CONFIRM);
        }
        Set<String> named = new HashSet<>();
        for (String u : ballot.proposedUnits()) {
            if (u == null || !members.contains(u)) {
                throw YearEndProblems.ballot("Đơn vị " + u + " không phải thành viên của khối", "unit " + u + " is not a member");
            }
            if (!named.add(u)) {
                throw YearEndProblems.ballot("Đơn vị " + u + " được nêu hai lần", "unit " + u + " named twice");
            }
        }
        if (named.size() > settings.flagPlaces()) {
            throw YearEndProblems.ballot("Chỉ nêu tối đa " + settings.flagPlaces() + " đơn vị dẫn đầu", "name at most " + settings.flagPlaces() + " units");
        }
        List<String> choices = new ArrayList<>(List.of(PROPOSE));
        choices.addAll(ballot.proposedUnits());
        return choices;
    }

    @Transactional(readOnly = true)
    public boolean hasVoted(long roundId, String unit) {
        return store.tookPart(roundId, unit);
    }

    /** Counts the ballots and records what the block proposes; once, after every member unit voted. */
    @Transactional
    public BlockTally tally(long roundId, String actor) {
        YearEndRound round = store.lock(roundId);
        if (!YearEndRound.VOTING.equals(round.state()) || !store.proposals(roundId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Phiếu của khối đã được kiểm / the block's ballots are already counted");
        }
        BlockTally tally = count(round, true);
        tally.proposals().forEach(p -> store.insertProposal(roundId, p));
        store.setState(roundId, YearEndRound.VOTING, "tallied_at");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("members", tally.members());
        details.put("ballots", tally.ballots());
        details.put("confirm", tally.confirm());
        details.put("propose", tally.propose());
        details.put("support", tally.support());
        details.put("proposals", tally.proposals().stream().map(p -> p.unitCode() + ":" + p.awardKindCode()).toList());
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.TALLIED, actor, null, details));
        return tally;
    }

    /** The stored counts and proposals of a tallied round (for the minutes and the API). */
    @Transactional(readOnly = true)
    public BlockTally counted(long roundId) {
        return count(store.find(roundId).orElseThrow(), false);
    }

    private BlockTally count(YearEndRound round, boolean decide) {
        List<String> members = store.members(round.id());
        Map<String, Integer> counts = store.counts(round.id());
        int confirm = counts.getOrDefault(CONFIRM, 0);
        int propose = counts.getOrDefault(PROPOSE, 0);
        Ranking ranking = rankings.of(round.blockCode(), round.year()).orElseThrow();
        Map<String, Integer> support = new LinkedHashMap<>();
        for (Ranking.Row r : ranking.rows()) {
            support.put(r.unitCode(), counts.getOrDefault(r.unitCode(), 0) + (r.rank() <= settings.flagPlaces() ? confirm : 0));
        }
        List<BlockTally.Proposal> proposals;
        if (decide) {
            proposals = new ArrayList<>();
            List<Ranking.Row> flag = new ArrayList<>();
            for (Ranking.Row r : ranking.rows()) {
                boolean majority = support.get(r.unitCode()) * 2 > members.size();
                boolean room = flag.size() < settings.flagPlaces() || (!flag.isEmpty() && flag.get(flag.size() - 1).rank() == r.rank());
                if (majority && room) {
                    flag.add(r);
                }
            }
            flag.forEach(r -> proposals.add(new BlockTally.Proposal(r.unitCode(), BlockTally.Kind.FLAG, FLAG_AWARD, support.get(r.unitCode()), null)));
            List<Ranking.Row> next = new ArrayList<>();
            for (Ranking.Row r : ranking.rows()) {
                if (flag.contains(r)) {
                    continue;
                }
                boolean room = next.size() < settings.commendationPlaces() || (!next.isEmpty() && next.get(next.size() - 1).rank() == r.rank());
                if (room) {
                    next.add(r);
                }
            }
            next.forEach(r -> proposals.add(new BlockTally.Proposal(r.unitCode(), BlockTally.Kind.COMMENDATION, COMMENDATION_AWARD,
                    support.get(r.unitCode()), null)));
        } else {
            proposals = store.proposals(round.id());
        }
        return new BlockTally(members.size(), store.participants(round.id()), confirm, propose, support, List.copyOf(proposals));
    }

    /** The proposals of a tallied round, in order: flags first, then by ranking. */
    @Transactional(readOnly = true)
    public List<BlockTally.Proposal> proposals(long roundId) {
        return store.proposals(roundId);
    }

    @Transactional
    public void proposalFiled(long roundId, String unit, String nominationCode, String actor) {
        YearEndRound round = store.lock(roundId);
        store.proposalFiled(roundId, unit, nominationCode);
        events.publishEvent(new YearEndRecorded(round.blockCode(), round.year(), YearEndAction.PROPOSAL_FILED, actor, unit,
                Map.of("nominationCode", nominationCode)));
    }

    /** The units that have voted so far (not what they chose). */
    @Transactional(readOnly = true)
    public List<String> voted(long roundId) {
        return store.participantUnits(roundId);
    }
}
