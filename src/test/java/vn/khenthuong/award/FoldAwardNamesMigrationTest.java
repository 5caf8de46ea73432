package vn.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.testsupport.MigrationContexts;

/** Awards recorded before V6 get their folded name from the Java migration, and are then found by name. */
@SpringBootTest
@ActiveProfiles("test")
class FoldAwardNamesMigrationTest {

    @Autowired AwardRegistry awards;
    @Autowired Nominations nominations;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void fillsTheFoldedNameOfOlderAwards() throws Exception {
        String code = nominations.register(new NewDossier("BK_TINH", null, "PERIODIC", NomineeKind.INDIVIDUAL, "Sùng Thị  Páo", null,
                1980, "FEMALE", "Bí thư chi bộ bản", null, null, null, null, "Thành tích xuất sắc.", 2018), "xa.pusamcap").code();
        awards.record(code, "5/QĐ-UBND", LocalDate.of(2019, 1, 10), "tinh.chutich");
        jdbc.update("update award set nominee_name_folded = null where nomination_id = (select id from nomination where code = ?)", code);
        assertThat(awards.awardsOf(null, "sung thi pao", 2018, 2018)).isEmpty();

        try (Connection c = dataSource.getConnection()) {
            new V6_1__FoldAwardNames().migrate(MigrationContexts.on(c));
        }

        assertThat(jdbc.queryForObject("select a.nominee_name_folded from award a join nomination n on n.id = a.nomination_id where n.code = ?",
                String.class, code)).isEqualTo("sung thi pao");
        assertThat(jdbc.queryForObject("select count(*) from award where nominee_name_folded is null", Integer.class)).isZero();
        assertThat(awards.awardsOf(null, "Sùng Thị Páo", 2018, 2018)).extracting(AwardEntry::nominationCode).containsExactly(code);
    }
}
