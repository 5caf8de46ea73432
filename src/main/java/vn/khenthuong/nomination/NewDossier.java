package vn.khenthuong.nomination;

/**
 * What an official files to open a nomination, from the Tasklist start form or {@code POST /api/nominations}.
 * Field names are also the start form's variable names (forms/startNomination.html).
 * {@code year} is the year of the achievements (defaults to the current year). {@code posthumous} is null unless the
 * award is given posthumously (truy tặng), then it names the family member who receives it.
 */
public record NewDossier(String awardKindCode, String movementCode, String procedureKind, NomineeKind nomineeKind,
                         String nomineeName, String nomineeIdNumber, Integer nomineeBirthYear, String nomineeGender,
                         String nomineePosition, String nomineeAddress, Integer memberCount, String headName,
                         String taxCode, String achievements, Integer year, Posthumous posthumous) {

    /** A dossier for a living nominee (or a collective): most callers file these. */
    public NewDossier(String awardKindCode, String movementCode, String procedureKind, NomineeKind nomineeKind,
                      String nomineeName, String nomineeIdNumber, Integer nomineeBirthYear, String nomineeGender,
                      String nomineePosition, String nomineeAddress, Integer memberCount, String headName,
                      String taxCode, String achievements, Integer year) {
        this(awardKindCode, movementCode, procedureKind, nomineeKind, nomineeName, nomineeIdNumber, nomineeBirthYear, nomineeGender,
                nomineePosition, nomineeAddress, memberCount, headName, taxCode, achievements, year, null);
    }

    public boolean awardedPosthumously() {
        return posthumous != null;
    }
}
