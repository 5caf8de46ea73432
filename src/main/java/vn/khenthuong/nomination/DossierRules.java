package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.input.ControlCharacterException;
import vn.khenthuong.input.ControlCharacters;

/**
 * The rules a dossier must satisfy to be filed. Each one names its basis; the texts are what the official
 * reads on the start form and what an API client gets in the problem detail.
 */
final class DossierRules {

    static final int MAX_ACHIEVEMENTS = 20000;
    static final int FIRST_YEAR = 1945;
    static final Set<String> GENDERS = Set.of("MALE", "FEMALE");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

    private static final String DOSSIER_BASIS = "Luật Thi đua, khen thưởng 2022 (06/2022/QH15); Nghị định 152/2025/NĐ-CP về hồ sơ đề nghị khen thưởng";

    /** What a filing is checked against: the dossier, its effective year, the catalogue, today. */
    record Filing(NewDossier dossier, int year, Catalog catalog, LocalDate today) {
    }

    /** Fields that identify the nominee, per kind; also re-checked before each review step. */
    static final Rule<NewDossier> NOMINEE_IDENTIFIED = new Rule<>("nomineeIdentified", DOSSIER_BASIS, DossierRules::nomineeProblems);

    static final Rule<NewDossier> ACHIEVEMENTS_REPORTED = new Rule<>("achievementsReported",
            DOSSIER_BASIS + " (báo cáo thành tích)", d -> {
                if (blank(d.achievements())) {
                    return List.of(new FieldProblem("achievements", "Cần tóm tắt thành tích của đối tượng đề nghị khen thưởng",
                            "Achievements are required"));
                }
                if (d.achievements().length() > MAX_ACHIEVEMENTS) {
                    return List.of(new FieldProblem("achievements", "Tóm tắt thành tích dài quá " + MAX_ACHIEVEMENTS + " ký tự; hãy đính kèm báo cáo đầy đủ",
                            "Achievements longer than " + MAX_ACHIEVEMENTS + " characters; attach the full report instead"));
                }
                return List.of();
            });

    /**
     * A posthumous award (truy tặng) goes to an individual, and a family member receives it: "Trường hợp truy tặng, đại
     * diện gia đình của người được truy tặng nhận thay" (quoted on a legal Q&amp;A page; the ceremony rule it comes from
     * was not identified — unconfirmed).
     */
    static final Rule<NewDossier> POSTHUMOUS_RECEIVER = new Rule<>("posthumousReceiver",
            "Quy định về lễ trao tặng: \"Trường hợp truy tặng, đại diện gia đình của người được truy tặng nhận thay\" (trích lại từ trang hỏi đáp; chưa xác định văn bản và điều khoản gốc)",
            d -> {
                if (!d.awardedPosthumously()) {
                    return List.of();
                }
                List<FieldProblem> p = new ArrayList<>();
                if (d.nomineeKind() != null && d.nomineeKind() != NomineeKind.INDIVIDUAL) {
                    p.add(new FieldProblem("posthumous", "Chỉ truy tặng cho cá nhân, không cho " + d.nomineeKind().labelInSentence(),
                            "Only individuals are awarded posthumously, not " + d.nomineeKind().value()));
                }
                require(p, d.posthumous().receiverName(), "receiverName", "Cần họ và tên thân nhân nhận thay khi truy tặng",
                        "The family member who receives a posthumous award is required");
                require(p, d.posthumous().receiverRelation(), "receiverRelation", "Cần quan hệ của người nhận thay với người được truy tặng (vợ, chồng, con, ...)",
                        "The receiver's relation to the deceased is required");
                length(p, d.posthumous().receiverName(), 300, "receiverName", "Tên thân nhân nhận thay");
                length(p, d.posthumous().receiverRelation(), 100, "receiverRelation", "Quan hệ với người được truy tặng");
                clean(p, "receiverName", d.posthumous().receiverName(), false);
                clean(p, "receiverRelation", d.posthumous().receiverRelation(), false);
                return p;
            });

    static final Rule<Filing> YEAR_SANE = new Rule<>("yearSane", "Thành tích được xét theo năm đã qua hoặc năm hiện tại", f -> {
        if (f.year() < FIRST_YEAR || f.year() > f.today().getYear()) {
            return List.of(new FieldProblem("year", "Năm thành tích " + f.year() + " không hợp lệ (từ " + FIRST_YEAR + " đến " + f.today().getYear() + ")",
                    "Year " + f.year() + " out of range " + FIRST_YEAR + "–" + f.today().getYear()));
        }
        return List.of();
    });

    static final Rule<Filing> PROCEDURE_KNOWN = new Rule<>("procedureKnown",
            "Luật Thi đua, khen thưởng 2022: khen thưởng thường xuyên, theo chuyên đề, đột xuất, theo niên hạn", f -> {
                String p = f.dossier().procedureKind();
                if (p != null && ProcedureKind.find(p).isEmpty()) {
                    return List.of(new FieldProblem("procedureKind", "Loại khen thưởng không hợp lệ: " + p, "Unknown procedure kind: " + p));
                }
                return List.of();
            });

    static final Rule<Filing> AWARD_KIND_APPLIES = new Rule<>("awardKindApplies",
            "Danh mục danh hiệu, hình thức khen thưởng (Luật Thi đua, khen thưởng 2022) và thời gian hiệu lực", DossierRules::awardKindProblems);

    static final Rule<Filing> MOVEMENT_KNOWN = new Rule<>("movementKnown",
            "Khen thưởng tổng kết phong trào thi đua gắn với phong trào đã phát động", f -> {
                String code = f.dossier().movementCode();
                if (code == null) {
                    return List.of();
                }
                Optional<Movement> movement = f.catalog().movement(code);
                if (movement.isEmpty()) {
                    return List.of(new FieldProblem("movementCode", "Không có phong trào thi đua mã " + code, "Unknown movement: " + code));
                }
                Movement m = movement.get();
                if (f.year() < m.yearFrom() || f.year() > m.yearTo()) {
                    return List.of(new FieldProblem("movementCode", "Phong trào \"" + m.name() + "\" diễn ra từ " + m.yearFrom() + " đến " + m.yearTo() + ", không gồm năm " + f.year(),
                            "Movement " + code + " runs " + m.yearFrom() + "–" + m.yearTo() + ", not in " + f.year()));
                }
                return List.of();
            });

    /** Whatever the door (the API checks earlier, Tasklist's start form does not): no control characters in text. */
    static final Rule<NewDossier> TEXT_CLEAN = new Rule<>("textClean",
            "Dữ liệu hồ sơ là văn bản đọc được; ký tự điều khiển làm hỏng bản xuất và cơ sở dữ liệu", d -> {
                List<FieldProblem> p = new ArrayList<>();
                clean(p, "awardKindCode", d.awardKindCode(), false);
                clean(p, "movementCode", d.movementCode(), false);
                clean(p, "procedureKind", d.procedureKind(), false);
                clean(p, "nomineeName", d.nomineeName(), false);
                clean(p, "nomineeIdNumber", d.nomineeIdNumber(), false);
                clean(p, "nomineeGender", d.nomineeGender(), false);
                clean(p, "nomineePosition", d.nomineePosition(), false);
                clean(p, "nomineeAddress", d.nomineeAddress(), false);
                clean(p, "headName", d.headName(), false);
                clean(p, "taxCode", d.taxCode(), false);
                clean(p, "achievements", d.achievements(), true);
                return p;
            });

    private static void clean(List<FieldProblem> problems, String field, String value, boolean multiLine) {
        try {
            ControlCharacters.check(field, value, multiLine);
        } catch (ControlCharacterException e) {
            problems.add(new FieldProblem(field, e.messageVi(), e.messageEn()));
        }
    }

    static final List<Rule<Filing>> FILING = List.of(
            new Rule<>(TEXT_CLEAN.name(), TEXT_CLEAN.legalBasis(), f -> TEXT_CLEAN.apply(f.dossier())),
            new Rule<>(NOMINEE_IDENTIFIED.name(), NOMINEE_IDENTIFIED.legalBasis(), f -> NOMINEE_IDENTIFIED.apply(f.dossier())),
            new Rule<>(ACHIEVEMENTS_REPORTED.name(), ACHIEVEMENTS_REPORTED.legalBasis(), f -> ACHIEVEMENTS_REPORTED.apply(f.dossier())),
            new Rule<>(POSTHUMOUS_RECEIVER.name(), POSTHUMOUS_RECEIVER.legalBasis(), f -> POSTHUMOUS_RECEIVER.apply(f.dossier())),
            YEAR_SANE, PROCEDURE_KNOWN, AWARD_KIND_APPLIES, MOVEMENT_KNOWN);

    private static List<FieldProblem> nomineeProblems(NewDossier d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.nomineeKind() == null) {
            p.add(new FieldProblem("nomineeKind", "Cần chọn loại đối tượng (cá nhân, tập thể, hộ gia đình, doanh nghiệp)", "Nominee kind is required"));
            return p;
        }
        switch (d.nomineeKind()) {
            case INDIVIDUAL -> {
                require(p, d.nomineeName(), "nomineeName", "Cần họ và tên cá nhân được đề nghị", "Nominee name is required");
                if (d.nomineeBirthYear() == null) {
                    p.add(new FieldProblem("nomineeBirthYear", "Cần năm sinh của cá nhân được đề nghị", "Birth year is required"));
                } else if (d.nomineeBirthYear() < 1900 || d.nomineeBirthYear() > LocalDate.now().getYear() - 15) {
                    p.add(new FieldProblem("nomineeBirthYear", "Năm sinh " + d.nomineeBirthYear() + " không hợp lệ", "Implausible birth year: " + d.nomineeBirthYear()));
                }
                require(p, d.nomineePosition(), "nomineePosition", "Cần chức vụ, đơn vị công tác của cá nhân", "Position is required");
                if (d.nomineeGender() != null && !GENDERS.contains(d.nomineeGender())) {
                    p.add(new FieldProblem("nomineeGender", "Giới tính không hợp lệ: " + d.nomineeGender(), "Unknown gender: " + d.nomineeGender()));
                }
            }
            case COLLECTIVE -> {
                require(p, d.nomineeName(), "nomineeName", "Cần tên tập thể được đề nghị", "Collective name is required");
                memberCount(p, d);
                require(p, d.headName(), "headName", "Cần tên người đứng đầu tập thể", "Leader of the collective is required");
            }
            case HOUSEHOLD -> {
                require(p, d.headName(), "headName", "Cần họ và tên chủ hộ", "Head of household is required");
                require(p, d.nomineeAddress(), "nomineeAddress", "Cần địa chỉ của hộ (bản/thôn, xã)", "Household address is required");
                memberCount(p, d);
            }
            case ENTERPRISE -> {
                require(p, d.nomineeName(), "nomineeName", "Cần tên doanh nghiệp", "Enterprise name is required");
                if (blank(d.taxCode())) {
                    p.add(new FieldProblem("taxCode", "Cần mã số thuế của doanh nghiệp", "Tax code is required"));
                } else if (!TAX_CODE.matcher(d.taxCode()).matches()) {
                    p.add(new FieldProblem("taxCode", "Mã số thuế phải gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số)", "Tax code must be 10 digits, optionally -NNN"));
                }
            }
        }
        if (d.nomineeIdNumber() != null && !ID_NUMBER.matcher(d.nomineeIdNumber()).matches()) {
            p.add(new FieldProblem("nomineeIdNumber", "Số căn cước công dân phải gồm 12 chữ số", "ID number must be 12 digits"));
        }
        length(p, d.nomineeName(), 300, "nomineeName", "Tên đối tượng");
        length(p, d.nomineePosition(), 300, "nomineePosition", "Chức vụ, đơn vị công tác");
        length(p, d.nomineeAddress(), 400, "nomineeAddress", "Địa chỉ");
        length(p, d.headName(), 300, "headName", "Tên người đứng đầu/chủ hộ");
        return p;
    }

    private static void memberCount(List<FieldProblem> p, NewDossier d) {
        if (d.memberCount() == null) {
            p.add(new FieldProblem("memberCount", "Cần số thành viên", "Member count is required"));
        } else if (d.memberCount() < 1 || d.memberCount() > 100000) {
            p.add(new FieldProblem("memberCount", "Số thành viên " + d.memberCount() + " không hợp lệ", "Implausible member count: " + d.memberCount()));
        }
    }

    private static List<FieldProblem> awardKindProblems(Filing f) {
        String code = f.dossier().awardKindCode();
        if (blank(code)) {
            return List.of(new FieldProblem("awardKindCode", "Cần chọn danh hiệu hoặc hình thức khen thưởng", "Award kind is required"));
        }
        Optional<AwardKind> found = f.catalog().awardKind(code);
        if (found.isEmpty()) {
            return List.of(new FieldProblem("awardKindCode", "Không có danh hiệu/hình thức khen thưởng mã " + code, "Unknown award kind: " + code));
        }
        AwardKind kind = found.get();
        List<FieldProblem> p = new ArrayList<>();
        NomineeKind nominee = f.dossier().nomineeKind();
        if (nominee != null && !kind.nomineeKinds().contains(nominee.value())) {
            p.add(new FieldProblem("awardKindCode", "\"" + kind.name() + "\" không xét cho " + nominee.labelInSentence(),
                    kind.code() + " is not awarded to " + nominee.value()));
        }
        boolean startsAfter = kind.validFrom() != null && kind.validFrom().getYear() > f.year();
        boolean endsBefore = kind.validTo() != null && kind.validTo().getYear() < f.year();
        if (startsAfter || endsBefore) {
            p.add(new FieldProblem("awardKindCode", "\"" + kind.name() + "\" không áp dụng cho thành tích năm " + f.year(),
                    kind.code() + " is not in force for " + f.year()));
        } else if (!kind.validOn(TierModels.referenceDate(f.year(), f.today()))) {
            // Validity on the dossier's reference date (the route uses the same date): no district chairman's Giấy
            // khen for a dossier considered once districts are gone.
            LocalDate on = TierModels.referenceDate(f.year(), f.today());
            p.add(new FieldProblem("awardKindCode", "\"" + kind.name() + "\" " + validityVi(kind) + ", không xét cho hồ sơ ngày " + vi(on),
                    kind.code() + " is not in force on the dossier's reference date " + on + validityEn(kind)));
        }
        return p;
    }

    private static String validityVi(AwardKind kind) {
        if (kind.validFrom() != null && kind.validTo() != null) {
            return "chỉ áp dụng từ ngày " + vi(kind.validFrom()) + " đến hết ngày " + vi(kind.validTo());
        }
        return kind.validTo() != null ? "chỉ áp dụng đến hết ngày " + vi(kind.validTo()) : "chỉ áp dụng từ ngày " + vi(kind.validFrom());
    }

    private static String validityEn(AwardKind kind) {
        String from = kind.validFrom() == null ? "" : " from " + kind.validFrom();
        String to = kind.validTo() == null ? "" : " to " + kind.validTo();
        return " (valid" + from + to + ")";
    }

    private static String vi(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    private static void require(List<FieldProblem> p, String value, String field, String vi, String en) {
        if (blank(value)) {
            p.add(new FieldProblem(field, vi, en));
        }
    }

    private static void length(List<FieldProblem> p, String value, int max, String field, String label) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, label + " dài quá " + max + " ký tự", field + " longer than " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private DossierRules() {
    }
}
