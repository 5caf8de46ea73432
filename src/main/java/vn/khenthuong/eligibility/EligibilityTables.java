package vn.khenthuong.eligibility;

import java.util.List;
import java.util.Optional;

/** The decision tables an administrator edits (processes/eligibility.dmn, processes/quota.dmn), read through the engine. */
public interface EligibilityTables {

    /** Every prerequisite row that applies (hit policy COLLECT). */
    List<PrerequisiteRule> prerequisites(Candidacy candidacy);

    /** The quota that applies, if any (hit policy FIRST; no row = no quota). */
    Optional<QuotaRule> quota(Candidacy candidacy);
}
