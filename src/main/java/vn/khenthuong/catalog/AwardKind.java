package vn.khenthuong.catalog;

import java.time.LocalDate;
import java.util.Set;

/**
 * An emulation title or form of commendation in the catalogue.
 * {@code nomineeKinds} and {@code requiredDocuments} hold the names of
 * {@code nomination.NomineeKind} and {@code nomination.DocumentKind} values.
 */
public record AwardKind(String code, String name, String category, Set<String> nomineeKinds,
                        Tier decidingLevel, String decidedBy, boolean councilVote, boolean secretBallot,
                        Set<String> requiredDocuments, LocalDate validFrom, LocalDate validTo) {
}
