package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.khenthuong.testsupport.MigrationContexts;

/** V8_1 moves rows written in the V5 format (one chain over everything) onto per-nomination chains, and refuses a broken V5 chain. */
class RelinkAuditChainsMigrationTest {

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void oldRowsAreRelinkedPerNominationInSeqOrder() throws Exception {
        try (SingleConnectionDataSource ds = v5Database()) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            writeOldChain(jdbc, "LC-2024-000001", null, "LC-2024-000002", "LC-2024-000001", null);
            migrate(ds);

            assertThat(jdbc.queryForList("select chain_key || ':' || chain_pos from audit_event order by seq", String.class))
                    .containsExactly("LC-2024-000001:1", "global:1", "LC-2024-000002:1", "LC-2024-000001:2", "global:2");
            assertThat(jdbc.queryForObject("select prev_hash from audit_event where seq = 4", String.class))
                    .isEqualTo(jdbc.queryForObject("select hash from audit_event where seq = 1", String.class));
            assertThat(jdbc.queryForObject("select last_pos from audit_chain where chain_key = 'LC-2024-000001'", Long.class)).isEqualTo(2);
            ChainVerification v = new AuditLog(jdbc, null).verify();
            assertThat(v.valid()).isTrue();
            assertThat(v.checkedRows()).isEqualTo(5);
            assertThat(v.checkedChains()).isEqualTo(3);
            // New rows continue after the old ones.
            assertThat(jdbc.queryForObject("select next value for audit_event_seq", Long.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'audit_chain_head'",
                    Integer.class)).isZero();
        }
    }

    @Test
    void aTamperedOldChainIsNotReHashed() throws Exception {
        try (SingleConnectionDataSource ds = v5Database()) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            writeOldChain(jdbc, "LC-2024-000001", "LC-2024-000001", "LC-2024-000001");
            jdbc.update("update audit_event set actor = 'someone' where seq = 2");
            assertThatThrownBy(() -> migrate(ds)).hasMessageContaining("seq 2").hasMessageContaining("không chuyển đổi");
        }
    }

    private static SingleConnectionDataSource v5Database() throws Exception {
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:h2:mem:v8-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // The two tables as V5 created them.
        jdbc.execute("CREATE TABLE audit_event (seq BIGINT PRIMARY KEY, nomination_code VARCHAR(20), event_type VARCHAR(40) NOT NULL, "
                + "actor VARCHAR(100) NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, details VARCHAR(20000) NOT NULL, "
                + "prev_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL)");
        jdbc.execute("CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq BIGINT NOT NULL, last_hash VARCHAR(64) NOT NULL)");
        jdbc.update("INSERT INTO audit_chain_head VALUES (1, 0, ?)", AuditLog.GENESIS);
        String v8;
        try (var in = RelinkAuditChainsMigrationTest.class.getResourceAsStream("/db/migration/V8__audit_chain_per_nomination.sql")) {
            v8 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : v8.replaceAll("(?m)--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        return ds;
    }

    private static void writeOldChain(JdbcTemplate jdbc, String... codes) {
        String prev = AuditLog.GENESIS;
        for (int i = 0; i < codes.length; i++) {
            long seq = i + 1;
            Instant at = T0.plusSeconds(i);
            String hash = V8_1__RelinkAuditChains.oldHash(seq, codes[i], "STEP_OUTCOME", "xa.pusamcap", at, "{}", prev);
            jdbc.update("INSERT INTO audit_event (seq, nomination_code, event_type, actor, occurred_at, details, prev_hash, hash) "
                    + "VALUES (?, ?, 'STEP_OUTCOME', 'xa.pusamcap', ?, '{}', ?, ?)", seq, codes[i], Timestamp.from(at), prev, hash);
            prev = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?", codes.length, prev);
    }

    private static void migrate(SingleConnectionDataSource ds) throws Exception {
        Connection c = ds.getConnection();
        new V8_1__RelinkAuditChains().migrate(MigrationContexts.on(c));
    }
}
