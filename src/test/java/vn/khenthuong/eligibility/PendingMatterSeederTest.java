package vn.khenthuong.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.catalog.Catalog;

/** seeds/pending-matters.yaml (demo): every entry valid, seeded once however often the application starts. */
@SpringBootTest
@ActiveProfiles("test")
class PendingMatterSeederTest {

    @Autowired PendingMatters matters;
    @Autowired Catalog catalog;
    @Autowired JdbcTemplate jdbc;

    int seeded() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pending_matter WHERE seed_key IS NOT NULL", Integer.class);
    }

    @Test
    void demoMattersAreSeededOnceAndStayOpen() {
        int entries = PendingMatterSeeder.read().pendingMatters().size();
        assertThat(entries).isPositive();

        new PendingMatterSeeder(matters, catalog).afterPropertiesSet();
        new PendingMatterSeeder(matters, catalog).afterPropertiesSet();

        assertThat(seeded()).isEqualTo(entries);
        assertThat(matters.list(null, "pusamcap", true)).anySatisfy(m -> {
            assertThat(m.nomineeIdNumber()).isEqualTo("012099000777");
            assertThat(m.kind()).isEqualTo("INSPECTION");
            assertThat(m.createdBy()).isEqualTo("seed");
        });
    }
}
