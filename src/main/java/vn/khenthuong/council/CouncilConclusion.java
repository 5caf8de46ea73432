package vn.khenthuong.council;

import java.util.Optional;
import java.util.function.Function;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Tier;

/**
 * The council's conclusion after the tally, recorded by its secretary: propose the award as filed, lower it to one
 * its own chairman decides, raise it to one decided higher up, or not propose it. Built only through {@link #of},
 * which applies the {@link ConclusionRule}s; a lowered or raised award is checked by {@link #checkNewAward}.
 */
public record CouncilConclusion(Kind kind, String comment) {

    public enum Kind {
        PROPOSE("propose", "Đề nghị khen thưởng như hồ sơ"),
        LOWER("lower", "Hạ mức khen"),
        RAISE("raise", "Nâng mức khen"),
        REJECT("reject", "Không đề nghị khen thưởng");

        private final String value;
        private final String label;

        Kind(String value, String label) {
            this.value = value;
            this.label = label;
        }

        /** The value of the conclusion form's choice and of the process variable. */
        public String value() {
            return value;
        }

        public String label() {
            return label;
        }

        public static Optional<Kind> of(String value) {
            for (Kind k : values()) {
                if (k.value.equals(value)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The conclusion the secretary chose ({@code value}, as the form sends it), with their comment (null when
     * blank), after a vote that passed or not.
     *
     * @throws ConclusionRefusedException naming the rule it breaks
     */
    public static CouncilConclusion of(String value, String comment, boolean votePassed) {
        Kind kind = Kind.of(value).orElseThrow(() -> ConclusionRule.CONCLUSION_CHOSEN.refuse(
                "Cần chọn kết luận của Hội đồng", "conclusion must be propose, lower, raise or reject"));
        if (!votePassed && (kind == Kind.PROPOSE || kind == Kind.RAISE)) {
            throw ConclusionRule.FAILED_VOTE_PROPOSES_NOTHING.refuse(
                    "Biểu quyết không đạt: Hội đồng chỉ có thể hạ mức khen trong thẩm quyền hoặc không đề nghị",
                    "the vote failed: the council may only lower the award or not propose it");
        }
        if (kind != Kind.PROPOSE && comment == null) {
            throw ConclusionRule.REASON_GIVEN.refuse("Cần ghi rõ lý do kết luận của Hội đồng", "a comment is required");
        }
        return new CouncilConclusion(kind, comment);
    }

    /** Lowered or raised: the nomination goes on with another award kind. */
    public boolean changesAward() {
        return kind == Kind.LOWER || kind == Kind.RAISE;
    }

    /** Proposed as filed (else, when the award is not changed, not proposed). */
    public boolean proposes() {
        return kind == Kind.PROPOSE;
    }

    /** What the trail says of a changed award. */
    public String changeNote() {
        return (kind == Kind.LOWER ? "Hội đồng hạ mức khen: " : "Hội đồng nâng mức khen: ") + comment;
    }

    /**
     * Checks the award kind a lowering or raising conclusion changes to.
     *
     * @param currentCode    the award kind as filed (or as last changed)
     * @param proposed       the new award kind in the catalogue, empty when none was chosen or it is unknown
     * @param nomineeKind    INDIVIDUAL, COLLECTIVE …
     * @param councilLevel   the level of this council
     * @param decidingLevel  the level whose chairman (or the centre) decides an award kind: the last step of its route;
     *                       asked only for award kinds the earlier rules let through
     * @throws ConclusionRefusedException naming the rule it breaks
     */
    public void checkNewAward(String currentCode, Optional<AwardKind> proposed, String nomineeKind, Tier councilLevel,
                              Function<String, Tier> decidingLevel) {
        if (proposed.isEmpty() || proposed.get().code().equals(currentCode) || !proposed.get().nomineeKinds().contains(nomineeKind)) {
            throw ConclusionRule.ANOTHER_KIND_FOR_NOMINEE.refuse("Cần chọn danh hiệu/hình thức khác, áp dụng cho đối tượng này",
                    "choose another award kind valid for this nominee");
        }
        Tier newLevel = decidingLevel.apply(proposed.get().code());
        if (kind == Kind.LOWER && newLevel != councilLevel) {
            throw ConclusionRule.LOWER_WITHIN_OWN_AUTHORITY.refuse("Hạ mức khen: chỉ chọn hình thức do Chủ tịch cùng cấp với Hội đồng quyết định",
                    "lowering: choose an award decided at the council's own level (" + councilLevel + ")");
        }
        if (kind == Kind.RAISE && !newLevel.isAbove(decidingLevel.apply(currentCode))) {
            throw ConclusionRule.RAISE_TO_HIGHER_LEVEL.refuse("Nâng mức khen: chỉ chọn hình thức do cấp cao hơn quyết định",
                    "raising: choose an award decided at a higher level");
        }
    }
}
