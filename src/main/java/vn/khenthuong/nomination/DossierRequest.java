package vn.khenthuong.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.khenthuong.input.MultiLine;

/**
 * The JSON body of {@code POST /api/nominations}: a {@link NewDossier}. Bean Validation catches the shape
 * (missing, too long, out of range); the filing rules in {@link DossierRules} do the rest. Messages are
 * "Vietnamese|English", split by {@link ApiProblems}.
 */
record DossierRequest(
        @NotBlank(message = "Cần chọn danh hiệu hoặc hình thức khen thưởng|Award kind is required") @Size(max = 40, message = "Mã khen thưởng quá dài|Award kind code too long") String awardKindCode,
        @Size(max = 40, message = "Mã phong trào quá dài|Movement code too long") String movementCode,
        @Size(max = 20, message = "Loại khen thưởng không hợp lệ|Invalid procedure kind") String procedureKind,
        @NotNull(message = "Cần chọn loại đối tượng|Nominee kind is required") NomineeKind nomineeKind,
        @Size(max = 300, message = "Tên đối tượng dài quá 300 ký tự|Nominee name longer than 300 characters") String nomineeName,
        @Size(max = 20, message = "Số căn cước quá dài|ID number too long") String nomineeIdNumber,
        @Min(value = 1900, message = "Năm sinh không hợp lệ|Implausible birth year") @Max(value = 2100, message = "Năm sinh không hợp lệ|Implausible birth year") Integer nomineeBirthYear,
        @Size(max = 10, message = "Giới tính không hợp lệ|Invalid gender") String nomineeGender,
        @Size(max = 300, message = "Chức vụ dài quá 300 ký tự|Position longer than 300 characters") String nomineePosition,
        @Size(max = 400, message = "Địa chỉ dài quá 400 ký tự|Address longer than 400 characters") String nomineeAddress,
        @Min(value = 1, message = "Số thành viên phải lớn hơn 0|Member count must be positive") Integer memberCount,
        @Size(max = 300, message = "Tên người đứng đầu dài quá 300 ký tự|Head name longer than 300 characters") String headName,
        @Size(max = 20, message = "Mã số thuế quá dài|Tax code too long") String taxCode,
        @NotBlank(message = "Cần tóm tắt thành tích|Achievements are required") @Size(max = DossierRules.MAX_ACHIEVEMENTS, message = "Tóm tắt thành tích dài quá 20000 ký tự|Achievements longer than 20000 characters") @MultiLine String achievements,
        @Min(value = DossierRules.FIRST_YEAR, message = "Năm thành tích không hợp lệ|Year out of range") @Max(value = 2100, message = "Năm thành tích không hợp lệ|Year out of range") Integer year,
        Boolean posthumous,
        @Size(max = 300, message = "Tên thân nhân nhận thay dài quá 300 ký tự|Receiver name longer than 300 characters") String receiverName,
        @Size(max = 100, message = "Quan hệ với người được truy tặng dài quá 100 ký tự|Receiver relation longer than 100 characters") String receiverRelation) {

    /** {@code posthumous: true} with the family member who receives the award (truy tặng); see {@link Posthumous#of}. */
    NewDossier toDossier() {
        return new NewDossier(awardKindCode, movementCode, procedureKind, nomineeKind, nomineeName, nomineeIdNumber,
                nomineeBirthYear, nomineeGender, nomineePosition, nomineeAddress, memberCount, headName, taxCode, achievements, year,
                Posthumous.of(Boolean.TRUE.equals(posthumous), receiverName, receiverRelation));
    }
}
