package vn.khenthuong.nomination;

/**
 * What an official files to open a nomination, from the Tasklist start form or {@code POST /api/nominations}.
 * Field names are also the start form's variable names (forms/startNomination.html).
 * {@code year} is the year of the achievements (defaults to the current year).
 */
public record NewDossier(String awardKindCode, String movementCode, String procedureKind, NomineeKind nomineeKind,
                         String nomineeName, String nomineeIdNumber, Integer nomineeBirthYear, String nomineeGender,
                         String nomineePosition, String nomineeAddress, Integer memberCount, String headName,
                         String taxCode, String achievements, Integer year) {
}
