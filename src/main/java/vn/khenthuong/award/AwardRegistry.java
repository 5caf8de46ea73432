package vn.khenthuong.award;

import java.time.LocalDate;
import java.util.List;

/** Who received what, when, by which decision. */
public interface AwardRegistry {

    /** Records the award decided for a nomination (idempotent per nomination). */
    AwardEntry record(String nominationCode, String decisionNumber, LocalDate decisionDate, String signer);

    /** Filters are optional (null = any); {@code unitCode} includes units below it. */
    List<AwardEntry> search(String nominee, String unitCode, Integer year);
}
