package vn.khenthuong.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;

/** What a stored dossier must satisfy before it goes on to a review step (checked by the process). */
final class ProgressRules {

    /** The dossier as the rules see it at {@code checkpoint}. */
    record Progress(Dossier dossier, Checkpoint checkpoint, Optional<AwardKind> awardKind, Set<String> uploadedKinds,
                    boolean councilPassed, List<Unit> lineage) {
    }

    static final Rule<Progress> STILL_OPEN = new Rule<>("stillOpen", "Hồ sơ đã kết thúc không được xét tiếp", p ->
            p.dossier().inProgress() ? List.of()
                    : List.of(new FieldProblem("status", "Hồ sơ đã kết thúc (" + p.dossier().status() + "), không xét tiếp", "Nomination is closed")));

    static final Rule<Progress> FIELDS_PRESENT = new Rule<>("fieldsPresent", DossierRules.NOMINEE_IDENTIFIED.legalBasis(), p -> {
        List<FieldProblem> problems = new ArrayList<>(DossierRules.NOMINEE_IDENTIFIED.apply(p.dossier().content()));
        problems.addAll(DossierRules.ACHIEVEMENTS_REPORTED.apply(p.dossier().content()));
        return problems;
    });

    /**
     * The documents the catalogue requires for the award kind. Council minutes come from the council's vote, so
     * they are required only before the provincial appraisal, and a passed tally recorded by the system counts.
     */
    static final Rule<Progress> DOCUMENTS_UPLOADED = new Rule<>("documentsUploaded",
            "Nghị định 152/2025/NĐ-CP: thành phần hồ sơ đề nghị khen thưởng (tờ trình, báo cáo thành tích, biên bản họp hội đồng, văn bản xác nhận)", p -> {
                if (p.awardKind().isEmpty()) {
                    return List.of();
                }
                if (p.dossier().origin() == DossierOrigin.BLOCK) {
                    // A block's proposal carries the block meeting's minutes (PDF with scores, ranking and vote), which the
                    // block process attaches when it files; there is no commune step where a unit would upload the rest.
                    // The provincial appraisal judges the dossier as it stands (Nghị định 98/2023/NĐ-CP, cụm, khối thi
                    // đua [unconfirmed]).
                    return List.of();
                }
                List<FieldProblem> problems = new ArrayList<>();
                for (String required : p.awardKind().get().requiredDocuments()) {
                    boolean minutes = DocumentKind.COUNCIL_MINUTES.name().equals(required);
                    if (minutes && (p.checkpoint() != Checkpoint.PROVINCIAL_APPRAISAL || p.councilPassed())) {
                        continue;
                    }
                    if (!p.uploadedKinds().contains(required)) {
                        problems.add(new FieldProblem("documents", "Thiếu tài liệu: " + DocumentKinds.vi(required), "Missing document: " + required));
                    }
                }
                return problems;
            });

    static final Rule<Progress> UNIT_CONSISTENT = new Rule<>("unitConsistent",
            "Hồ sơ do cấp xã lập và trình theo tuyến xã → huyện → tỉnh", p -> {
                List<Unit> lineage = p.lineage();
                if (p.dossier().origin() == DossierOrigin.BLOCK) {
                    // proposed by the block's head unit: a district (until 30 June 2025) or a commune, under the province
                    boolean headOk = !lineage.isEmpty() && (lineage.get(0).tier() == Tier.DISTRICT || lineage.get(0).tier() == Tier.COMMUNE)
                            && lineage.stream().anyMatch(u -> u.tier() == Tier.PROVINCE);
                    return headOk ? List.of() : List.of(new FieldProblem("unitCode", "Đơn vị trưởng khối " + p.dossier().unitCode()
                            + " không phải là huyện hoặc xã thuộc tỉnh", "Head unit is not a district or commune of the province"));
                }
                if (lineage.isEmpty() || lineage.get(0).tier() != Tier.COMMUNE) {
                    return List.of(new FieldProblem("unitCode", "Đơn vị lập hồ sơ " + p.dossier().unitCode() + " không phải là xã trong danh mục", "Filing unit is not a known commune"));
                }
                boolean hasDistrict = lineage.stream().anyMatch(u -> u.tier() == Tier.DISTRICT);
                boolean hasProvince = lineage.stream().anyMatch(u -> u.tier() == Tier.PROVINCE);
                if (!hasDistrict || !hasProvince) {
                    return List.of(new FieldProblem("unitCode", "Không xác định được huyện, tỉnh của xã " + lineage.get(0).name(), "Commune has no district or province"));
                }
                return List.of();
            });

    static final Rule<Progress> AWARD_KIND_EXISTS = new Rule<>("awardKindExists", "Danh mục danh hiệu, hình thức khen thưởng", p ->
            p.awardKind().isPresent() ? List.of()
                    : List.of(new FieldProblem("awardKindCode", "Danh hiệu/hình thức khen thưởng " + p.dossier().content().awardKindCode() + " không còn trong danh mục", "Award kind no longer in the catalogue")));

    static final List<Rule<Progress>> ALL = List.of(STILL_OPEN, FIELDS_PRESENT, DOCUMENTS_UPLOADED, UNIT_CONSISTENT, AWARD_KIND_EXISTS);

    private ProgressRules() {
    }
}
