package vn.khenthuong.award;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the award registry. The reward money is kept as computed when the award was recorded: the coefficient,
 * the base salary in force on the decision date and the amount in đồng (null on lines recorded before it was computed).
 * An imported line ({@link AwardSource#IMPORTED}) has no nomination: {@code nominationCode} is null, {@code importId}
 * names the import, and the amount is the one the paper decision states (no coefficient, no base salary).
 * {@code posthumous} marks an award given after the nominee's death (truy tặng), received by the family member named
 * in {@code receiverName} ({@code receiverRelation}: vợ, con, ...), as the dossier recorded them.
 */
public record AwardEntry(long id, String nominationCode, String awardKindCode, String unitCode, String movementCode,
                         int year, String nomineeKind, String nomineeName, String decisionNumber,
                         LocalDate decisionDate, String signer, BigDecimal rewardCoefficient, Long baseSalary, Long rewardAmount,
                         AwardSource source, Long importId, boolean posthumous, String receiverName, String receiverRelation,
                         String annulmentNumber, LocalDate annulmentDate) {

    public AwardEntry {
        source = source == null ? AwardSource.FILED : source;
    }

    /** A line never annulled, of a living nominee. */
    public AwardEntry(long id, String nominationCode, String awardKindCode, String unitCode, String movementCode,
                      int year, String nomineeKind, String nomineeName, String decisionNumber,
                      LocalDate decisionDate, String signer, BigDecimal rewardCoefficient, Long baseSalary, Long rewardAmount,
                      AwardSource source, Long importId) {
        this(id, nominationCode, awardKindCode, unitCode, movementCode, year, nomineeKind, nomineeName, decisionNumber, decisionDate, signer,
                rewardCoefficient, baseSalary, rewardAmount, source, importId, false, null, null, null, null);
    }

    /** Annulled by a decision (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2): kept in the registry, never deleted. */
    @JsonProperty("annulled")
    public boolean annulled() {
        return annulmentNumber != null;
    }

    /** "Đã hủy bỏ" or "Có hiệu lực", as the registry page shows it. */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return annulled() ? "Đã hủy bỏ (QĐ " + annulmentNumber + ")" : "Có hiệu lực";
    }

    /** A line recorded from a nomination's decision. */
    public AwardEntry(long id, String nominationCode, String awardKindCode, String unitCode, String movementCode,
                      int year, String nomineeKind, String nomineeName, String decisionNumber,
                      LocalDate decisionDate, String signer, BigDecimal rewardCoefficient, Long baseSalary, Long rewardAmount) {
        this(id, nominationCode, awardKindCode, unitCode, movementCode, year, nomineeKind, nomineeName, decisionNumber, decisionDate, signer,
                rewardCoefficient, baseSalary, rewardAmount, AwardSource.FILED, null);
    }

    /** "Nhập từ sổ cũ" on an imported line: the registry search shows where the line came from. */
    @JsonProperty("sourceLabel")
    public String sourceLabel() {
        return source.label();
    }
}
