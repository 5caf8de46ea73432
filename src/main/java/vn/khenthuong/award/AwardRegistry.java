package vn.khenthuong.award;

import java.time.LocalDate;
import java.util.List;

/** Who received what, when, by which decision. */
public interface AwardRegistry {

    /** Records the award decided for a nomination (idempotent per nomination). */
    AwardEntry record(String nominationCode, String decisionNumber, LocalDate decisionDate, String signer);

    /** Filters are optional (null = any); {@code unitCode} includes units below it. */
    List<AwardEntry> search(String nominee, String unitCode, Integer year);

    /**
     * A nominee's awards decided for the years {@code fromYear}..{@code toYear}, newest first, for eligibility
     * (prerequisites over the last years). By identity number when given, else by name ignoring case and diacritics.
     */
    List<AwardEntry> awardsOf(String nomineeIdNumber, String nomineeName, int fromYear, int toYear);

    /** The awards of nominations that named the movement, newest first (the movement's page). */
    List<AwardEntry> ofMovement(String movementCode);
}
