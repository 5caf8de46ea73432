package vn.khenthuong.award;

import java.time.LocalDate;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * One line of a past registry given in code rather than a sheet (the demo's seed file). It goes through the same
 * checks, duplicate recognition and audit as a row of an uploaded template ({@link RegistryImports#importPast}).
 */
public record PastAward(String decisionNumber, LocalDate decisionDate, String signer, String awardKindCode, NomineeKind nomineeKind,
                        String nomineeName, Integer birthYear, String position, String unitCode, Long money, Integer year,
                        ProcedureKind procedureKind) {
}
