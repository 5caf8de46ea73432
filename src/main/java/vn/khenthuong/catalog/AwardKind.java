package vn.khenthuong.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An emulation title or form of commendation in the catalogue.
 * {@code nomineeKinds} and {@code requiredDocuments} hold the names of
 * {@code nomination.NomineeKind} and {@code nomination.DocumentKind} values.
 * {@code decidingLevel}, {@code decidedBy} and {@code councilLevel} are the authority in force now;
 * {@link #authorityOn(LocalDate)} also knows the earlier ones. {@code councilLevel} is null without a council vote.
 * {@code centralDecision}: the province proposes, the Prime Minister or the President decides.
 * {@code merit}: counts toward the prerequisites of higher awards (unless given ad hoc or thematically).
 */
public record AwardKind(String code, String name, String category, Set<String> nomineeKinds,
                        Tier decidingLevel, String decidedBy, boolean councilVote, boolean secretBallot,
                        Set<String> requiredDocuments, LocalDate validFrom, LocalDate validTo,
                        Tier councilLevel, boolean centralDecision, boolean merit, List<AwardAuthority> earlierAuthorities) {

    public AwardKind {
        earlierAuthorities = earlierAuthorities == null ? List.of() : List.copyOf(earlierAuthorities);
    }

    /** Whether the kind may be awarded (and filed) on that date. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** The authority in force on that date: an earlier one whose period covers it, else the current one. */
    public AwardAuthority authorityOn(LocalDate date) {
        return earlierAuthorities.stream().filter(a -> a.coversDate(date)).findFirst()
                .orElseGet(() -> new AwardAuthority(null, null, decidingLevel, decidedBy, councilLevel));
    }
}
