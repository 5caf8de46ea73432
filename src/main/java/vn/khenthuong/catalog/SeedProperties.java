package vn.khenthuong.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which demo data of seeds/ is loaded ({@code khenthuong.seeds.*}); both off unless a profile turns them on
 * ({@code demo}, the tests). The reference data of seeds/ (units, award kinds…) is always loaded.
 *
 * @param demoUsers      the Lai Châu demo users of seeds/users.yaml (identity.IdentitySetup); off in production,
 *                       where {@code khenthuong.admin.*} creates the first administrator
 * @param sampleDossiers the sample dossiers, the 2019 award registry and pending matters (workflow.demo.SampleDossierSeeder,
 *                       workflow.demo.AwardHistorySeeder, eligibility.PendingMatterSeeder; these beans exist only when
 *                       it is true)
 */
@ConfigurationProperties("khenthuong.seeds")
public record SeedProperties(boolean demoUsers, boolean sampleDossiers) {

    /** The property the sample seeders are conditional on ({@code @ConditionalOnProperty} runs before binding). */
    public static final String SAMPLE_DOSSIERS = "khenthuong.seeds.sample-dossiers";
}
