package vn.khenthuong.workflow.block;

import static vn.khenthuong.workflow.block.BlockYearEndProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.emulation.BlockBallots;
import vn.khenthuong.emulation.BlockMinutes;
import vn.khenthuong.emulation.BlockRankings;
import vn.khenthuong.emulation.BlockTally;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.emulation.MemberResults;
import vn.khenthuong.emulation.Ranking;
import vn.khenthuong.nomination.DocumentKind;
import vn.khenthuong.nomination.Documents;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.ProcedureKind;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Starts one ordinary nomination per unit the block proposes — Cờ thi đua của UBND tỉnh (CO_TD_TINH) for the
 * leading unit(s), Bằng khen của Chủ tịch UBND tỉnh (BK_TINH) for the next — through the nomination port, so that the
 * usual rules apply from the first step: filing rules, eligibility, councils, appraisal, decision. The nominee is the
 * member unit as a collective, its leader and headcount as the member entered them. The minutes of the block meeting
 * (PDF) are attached to each dossier as a document of kind OTHER: they are the block's, not a council's minutes, which
 * the councils of the route write themselves.
 * <p>
 * Who files: the head unit's emulation officer who completed the step before this one, "Trưởng khối trình hồ sơ đề
 * nghị" (the engine's signed-in user of this command; SubmitBlockProposalsListener refused anyone else). The head of
 * the block proposes to the provincial council, so a person of the head unit answers for the proposal, not the system:
 * the nomination's filer, its NOMINATION_FILED audit row and the block's PROPOSAL_FILED row all name that officer.
 * The proposing unit is the round's head unit (2019: Phong Thổ; from 1 July 2025 a commune heading a block of
 * communes), and the dossier's origin is BLOCK: the route table's row {@code blockAppraisal} takes it straight to the
 * provincial appraisal, then the provincial council and the decision (Luật Thi đua, khen thưởng 2022, Điều 26;
 * Nghị định 98/2023/NĐ-CP, cụm, khối thi đua [unconfirmed]).
 */
@Component("startBlockNominationsDelegate")
class StartBlockNominationsDelegate implements JavaDelegate {

    private final BlockBallots ballots;
    private final BlockYearEnds yearEnds;
    private final BlockRankings rankings;
    private final NominationWorkflow nominations;
    private final Catalog catalog;
    private final BlockMinutes minutes;
    private final Documents documents;

    StartBlockNominationsDelegate(BlockBallots ballots, BlockYearEnds yearEnds, BlockRankings rankings, NominationWorkflow nominations,
                                  Catalog catalog, BlockMinutes minutes, Documents documents) {
        this.minutes = minutes;
        this.documents = documents;
        this.ballots = ballots;
        this.yearEnds = yearEnds;
        this.rankings = rankings;
        this.nominations = nominations;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = ((Number) execution.getVariable(ROUND_ID)).longValue();
        String filer = ActingUser.current(execution.getProcessEngineServices().getIdentityService());
        var round = yearEnds.round(roundId);
        Ranking ranking = rankings.of(round.blockCode(), round.year()).orElseThrow();
        BlockTally tally = ballots.counted(roundId);
        List<String> codes = new ArrayList<>();
        for (BlockTally.Proposal p : ballots.proposals(roundId)) {
            MemberResults member = yearEnds.memberResults(roundId, p.unitCode());
            Ranking.Row row = ranking.rows().stream().filter(r -> r.unitCode().equals(p.unitCode())).findFirst().orElseThrow();
            String name = catalog.unit(p.unitCode()).map(Unit::name).orElse(p.unitCode());
            String achievements = "Khối thi đua " + round.blockCode() + " năm " + round.year() + ": xếp hạng " + row.rank() + "/" + ranking.rows().size()
                    + (row.tied() ? " (đồng hạng)" : "") + ", tổng điểm " + row.total().toPlainString().replace('.', ',') + " theo giao ước thi đua; "
                    + p.support() + "/" + tally.members() + " đơn vị thành viên ủng hộ trong phiên bỏ phiếu kín của khối. Đề nghị "
                    + p.kind().label() + " theo biên bản họp khối.";
            NewDossier dossier = new NewDossier(p.awardKindCode(), null, ProcedureKind.PERIODIC.value(), NomineeKind.COLLECTIVE, name, null, null, null,
                    null, null, member.staffCount(), member.leaderName(), null, achievements, round.year());
            String code = nominations.startBlockProposal(dossier, round.headUnit(), filer);
            documents.store(code, DocumentKind.OTHER.name(), "bien-ban-hop-khoi-" + round.blockCode() + "-" + round.year() + ".pdf",
                    minutes.stored(roundId), filer);
            ballots.proposalFiled(roundId, p.unitCode(), code, filer);
            codes.add(code);
        }
        execution.setVariable(PROPOSAL_NOMINATIONS, String.join(",", codes));
    }
}
