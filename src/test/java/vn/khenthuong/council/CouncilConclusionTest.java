package vn.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Tier;

class CouncilConclusionTest {

    /** Who decides each kind: the level of its route's last step. */
    private static final Map<String, Tier> DECIDED_AT = Map.of("GK_XA", Tier.COMMUNE, "CSTD_CS", Tier.COMMUNE,
            "BK_TINH", Tier.PROVINCE, "CSTD_TINH", Tier.PROVINCE, "BK_TTG", Tier.CENTRAL);
    private static final Function<String, Tier> DECIDING_LEVEL = DECIDED_AT::get;

    private static Optional<AwardKind> kind(String code, String... nominees) {
        return Optional.of(new AwardKind(code, code, "COMMENDATION", Set.of(nominees), Tier.PROVINCE, "Chủ tịch", true, false,
                Set.of(), null, null, Tier.PROVINCE, false, true, null));
    }

    private static ConclusionRule refusedRule(Runnable conclusion) {
        try {
            conclusion.run();
        } catch (ConclusionRefusedException e) {
            return e.rule();
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"approve", "PROPOSE", ""})
    void aConclusionOutsideTheFourIsRefused(String value) {
        assertThatThrownBy(() -> CouncilConclusion.of(value, "lý do", true)).isInstanceOf(ConclusionRefusedException.class)
                .hasMessage("Cần chọn kết luận của Hội đồng / conclusion must be propose, lower, raise or reject");
    }

    @Test
    void eachKindIsTheValueOfTheConclusionForm() {
        assertThat(CouncilConclusion.Kind.values()).extracting(CouncilConclusion.Kind::value).containsExactly("propose", "lower", "raise", "reject");
        assertThat(CouncilConclusion.of("raise", "x", true).kind()).isEqualTo(CouncilConclusion.Kind.RAISE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"propose", "raise"})
    void aFailedVoteCannotProposeTheAwardNorRaiseIt(String value) {
        assertThatThrownBy(() -> CouncilConclusion.of(value, "lý do", false)).hasMessageStartingWith("Biểu quyết không đạt");
        assertThat(refusedRule(() -> CouncilConclusion.of(value, "lý do", false))).isEqualTo(ConclusionRule.FAILED_VOTE_PROPOSES_NOTHING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lower", "reject"})
    void aFailedVoteMayStillLowerTheAwardOrNotProposeIt(String value) {
        assertThat(CouncilConclusion.of(value, "lý do", false).proposes()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lower", "raise", "reject"})
    void anythingButProposingAsFiledNeedsAReason(String value) {
        assertThat(refusedRule(() -> CouncilConclusion.of(value, null, true))).isEqualTo(ConclusionRule.REASON_GIVEN);
        assertThat(CouncilConclusion.of("propose", null, true).comment()).isNull();
    }

    @Test
    void onlyLoweringAndRaisingChangeTheAward() {
        assertThat(CouncilConclusion.of("lower", "x", true).changesAward()).isTrue();
        assertThat(CouncilConclusion.of("raise", "x", true).changesAward()).isTrue();
        assertThat(CouncilConclusion.of("propose", null, true).changesAward()).isFalse();
        assertThat(CouncilConclusion.of("reject", "x", true).changesAward()).isFalse();
        assertThat(CouncilConclusion.of("lower", "đủ tiêu chuẩn cấp xã", true).changeNote()).isEqualTo("Hội đồng hạ mức khen: đủ tiêu chuẩn cấp xã");
        assertThat(CouncilConclusion.of("raise", "thành tích xuất sắc", true).changeNote()).isEqualTo("Hội đồng nâng mức khen: thành tích xuất sắc");
    }

    @Test
    void theNewAwardIsAnotherKnownKindOpenToTheNominee() {
        CouncilConclusion lower = CouncilConclusion.of("lower", "x", true);
        assertThat(refusedRule(() -> lower.checkNewAward("BK_TINH", Optional.empty(), "INDIVIDUAL", Tier.COMMUNE, DECIDING_LEVEL)))
                .isEqualTo(ConclusionRule.ANOTHER_KIND_FOR_NOMINEE);
        assertThat(refusedRule(() -> lower.checkNewAward("BK_TINH", kind("BK_TINH", "INDIVIDUAL"), "INDIVIDUAL", Tier.PROVINCE, DECIDING_LEVEL)))
                .isEqualTo(ConclusionRule.ANOTHER_KIND_FOR_NOMINEE);
        assertThat(refusedRule(() -> lower.checkNewAward("BK_TINH", kind("CSTD_CS", "INDIVIDUAL"), "COLLECTIVE", Tier.COMMUNE, DECIDING_LEVEL)))
                .isEqualTo(ConclusionRule.ANOTHER_KIND_FOR_NOMINEE);
    }

    @Test
    void loweringChoosesAnAwardDecidedAtTheCouncilsOwnLevel() {
        CouncilConclusion lower = CouncilConclusion.of("lower", "x", true);
        lower.checkNewAward("BK_TINH", kind("CSTD_CS", "INDIVIDUAL"), "INDIVIDUAL", Tier.COMMUNE, DECIDING_LEVEL);
        assertThatThrownBy(() -> lower.checkNewAward("CSTD_CS", kind("BK_TINH", "INDIVIDUAL"), "INDIVIDUAL", Tier.COMMUNE, DECIDING_LEVEL))
                .hasMessage("Hạ mức khen: chỉ chọn hình thức do Chủ tịch cùng cấp với Hội đồng quyết định "
                        + "/ lowering: choose an award decided at the council's own level (COMMUNE)");
    }

    @Test
    void raisingChoosesAnAwardDecidedHigherThanTheOneFiled() {
        CouncilConclusion raise = CouncilConclusion.of("raise", "x", true);
        raise.checkNewAward("CSTD_CS", kind("BK_TINH", "INDIVIDUAL"), "INDIVIDUAL", Tier.COMMUNE, DECIDING_LEVEL);
        raise.checkNewAward("BK_TINH", kind("BK_TTG", "INDIVIDUAL"), "INDIVIDUAL", Tier.PROVINCE, DECIDING_LEVEL);
        assertThat(refusedRule(() -> raise.checkNewAward("CSTD_CS", kind("GK_XA", "INDIVIDUAL"), "INDIVIDUAL", Tier.COMMUNE, DECIDING_LEVEL)))
                .isEqualTo(ConclusionRule.RAISE_TO_HIGHER_LEVEL);
        assertThat(refusedRule(() -> raise.checkNewAward("BK_TINH", kind("CSTD_TINH", "INDIVIDUAL"), "INDIVIDUAL", Tier.PROVINCE, DECIDING_LEVEL)))
                .isEqualTo(ConclusionRule.RAISE_TO_HIGHER_LEVEL);
    }

    @Test
    void everyRuleNamesItsLegalBasisOrSaysNoneWasFound() {
        for (ConclusionRule rule : ConclusionRule.values()) {
            assertThat(rule.legalBasis()).isNotBlank();
        }
    }
}
