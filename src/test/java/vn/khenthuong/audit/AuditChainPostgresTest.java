package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.testsupport.PostgresInitializer;

/** On PostgreSQL, where production keeps the record: the chain resists and reveals tampering, and the trail is indexed. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class AuditChainPostgresTest {

    @Autowired AuditLog audit;
    @Autowired AuditTrail trails;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theAppsConnectionCannotUpdateDeleteOrTruncateAuditRows() {
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Lò Thị Dung"), "xa.pusamcap");
        long seq = jdbc.queryForObject("select max(seq) from audit_event where nomination_code = ?", Long.class, code);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where seq = ?", seq))
                .rootCause().hasMessageContaining("chỉ được ghi thêm");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where seq = ?", seq)).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_event where seq = ?", String.class, seq)).isEqualTo("xa.pusamcap");
    }

    @Test
    void aRoleThatDoesNotOwnTheTableCanNeitherChangeRowsNorSwitchTheGuardOff() throws Exception {
        workflow.start(RouteDriver.dossier("BK_TINH", "Hoàng Thị Mai"), "xa.pusamcap");
        jdbc.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'kt_app') then "
                + "create role kt_app login password 'kt_app'; end if; end $$");
        // Even the widest grants a careless administrator could give do not get past the trigger.
        jdbc.execute("grant select, insert, update, delete on audit_event to kt_app");
        String url = jdbc.queryForObject("select 'jdbc:postgresql://localhost:' || current_setting('port') || '/' || current_database()", String.class);
        try (Connection c = DriverManager.getConnection(url, "kt_app", "kt_app"); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("alter table audit_event disable trigger audit_event_append_only"))
                    .hasMessageContaining("must be owner");
        }
    }

    @Test
    void aRowChangedBehindTheTriggersBackIsReportedByVerify() {
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Đỗ Văn Đức"), "xa.pusamcap");
        audit.append(code, AuditEventType.DOCUMENT_DOWNLOADED, "thanhtra", AuditLog.fields("file", "to-trinh.pdf"));
        audit.append(code, AuditEventType.DOCUMENT_DOWNLOADED, "thanhtra", AuditLog.fields("file", "bien-ban.pdf"));
        assertThat(audit.verify().valid()).isTrue();
        // The first row of the nomination's chain, so later rows of the chain exist and its head is unchanged.
        long seq = jdbc.queryForObject("select seq from audit_event where chain_key = ? and chain_pos = 1", Long.class, code);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where chain_key = ?", Integer.class, code)).isGreaterThan(1);
        String original = jdbc.queryForObject("select details from audit_event where seq = ?", String.class, seq);
        // A superuser working around the guard, as an insider with database access could.
        tamper("update audit_event set details = replace(details, 'Đỗ Văn Đức', 'Đỗ Văn Được') where seq = " + seq);
        try {
            ChainVerification broken = audit.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.brokenAtSeq()).isEqualTo(seq);
            assertThat(broken.brokenAtPosition()).isEqualTo(1L);
            assertThat(broken.chainKey()).isEqualTo(code);
            assertThat(broken.nominationCode()).isEqualTo(code);
            assertThat(broken.reasonVi()).contains("dòng " + seq).contains("đã bị thay đổi");
        } finally {
            tamper("update audit_event set details = '" + original.replace("'", "''") + "' where seq = " + seq);
        }
        assertThat(audit.verify().valid()).isTrue();

        // A row cut out of the middle of the chain: its position is missing.
        java.util.Map<String, Object> first = jdbc.queryForMap("select * from audit_event where seq = ?", seq);
        tamper("delete from audit_event where seq = " + seq);
        try {
            ChainVerification gap = audit.verify();
            assertThat(gap.valid()).isFalse();
            assertThat(gap.chainKey()).isEqualTo(code);
            assertThat(gap.brokenAtPosition()).isEqualTo(1L);
            assertThat(gap.brokenAtSeq()).isNull();
            assertThat(gap.reasonVi()).contains("Thiếu dòng vị trí 1");
        } finally {
            reinsert(first);
        }
        assertThat(audit.verify().valid()).isTrue();

        // The last row removed: the chain is shorter than its head records.
        long lastPos = jdbc.queryForObject("select max(chain_pos) from audit_event where chain_key = ?", Long.class, code);
        java.util.Map<String, Object> last = jdbc.queryForMap("select * from audit_event where chain_key = ? and chain_pos = ?", code, lastPos);
        tamper("delete from audit_event where seq = " + last.get("seq"));
        try {
            ChainVerification tail = audit.verify();
            assertThat(tail.valid()).isFalse();
            assertThat(tail.chainKey()).isEqualTo(code);
            assertThat(tail.brokenAtPosition()).isEqualTo(lastPos);
            assertThat(tail.reasonVi()).contains("Thiếu các dòng cuối");
        } finally {
            reinsert(last);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    private void reinsert(java.util.Map<String, Object> row) {
        jdbc.update("insert into audit_event (" + AuditLog.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"), row.get("chain_key"), row.get("chain_pos"), row.get("nomination_code"), row.get("event_type"), row.get("actor"),
                row.get("occurred_at"), row.get("details"), row.get("prev_hash"), row.get("hash"));
    }

    @Test
    void aFilingEventCreatesItsChainInOneStatementAndOnAnExistingChainTakesTheNextPosition() {
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Lường Văn Tâm"), "xa.pusamcap");
        assertThat(jdbc.queryForObject("select chain_pos from audit_event where chain_key = ? and event_type = 'NOMINATION_FILED'", Long.class, code))
                .isEqualTo(1L);
        long before = jdbc.queryForObject("select last_pos from audit_chain where chain_key = ?", Long.class, code);
        audit.append(code, AuditEventType.NOMINATION_FILED, "xa.pusamcap", AuditLog.fields("note", "filed again"));
        assertThat(jdbc.queryForObject("select last_pos from audit_chain where chain_key = ?", Long.class, code)).isEqualTo(before + 1);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsToOneNominationChainInTurn() throws Exception {
        String code = workflow.start(RouteDriver.dossier("BK_TINH", "Vi Văn Hùng"), "xa.pusamcap");
        long before = jdbc.queryForObject("select last_pos from audit_chain where chain_key = ?", Long.class, code);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int writer = i;
                // Half the writers share the nomination's chain, the others the global one.
                String target = writer % 2 == 0 ? code : null;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int j = 0; j < 25; j++) {
                        int n = j;
                        tx.executeWithoutResult(s -> audit.append(target, AuditEventType.DOSSIER_CHANGED, "writer" + writer,
                                AuditLog.fields("field", "test", "newValue", n)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor like 'writer%'", Integer.class)).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_pos from audit_chain where chain_key = ?", Long.class, code)).isEqualTo(before + 100);
        // Positions 1..n without a gap and seq rising with the position, since seq is taken under the chain's lock.
        assertThat(jdbc.queryForList("select seq from audit_event where chain_key = ? order by chain_pos", Long.class, code)).isSorted();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anAppendForOneNominationDoesNotWaitForAnotherNominationsOpenTransaction() throws Exception {
        String a = workflow.start(RouteDriver.dossier("BK_TINH", "Lường Văn An"), "xa.pusamcap");
        String b = workflow.start(RouteDriver.dossier("BK_TINH", "Quàng Thị Bình"), "xa.pusamcap");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // A's transaction appends (and so holds A's head row) and stays open.
            Future<?> holder = pool.submit((Callable<Void>) () -> {
                tx.executeWithoutResult(s -> {
                    audit.append(a, AuditEventType.DOCUMENT_DOWNLOADED, "holder", AuditLog.fields("file", "test.pdf"));
                    holding.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(holding.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // B's append, and the first append of a brand-new chain, commit while A's transaction is still open.
            pool.submit((Callable<Void>) () -> {
                tx.executeWithoutResult(s -> audit.append(b, AuditEventType.DOCUMENT_DOWNLOADED, "other", AuditLog.fields("file", "test.pdf")));
                return null;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            pool.submit((Callable<Void>) () -> {
                tx.executeWithoutResult(s -> audit.append("LC-2099-999999", AuditEventType.DOCUMENT_DOWNLOADED, "other", AuditLog.fields("file", "test.pdf")));
                return null;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            // A second writer to A does wait: same chain, same lock.
            Future<?> sameChain = pool.submit((Callable<Void>) () -> {
                tx.executeWithoutResult(s -> audit.append(a, AuditEventType.DOCUMENT_DOWNLOADED, "waiter", AuditLog.fields("file", "test.pdf")));
                return null;
            });
            assertThatThrownBy(() -> sameChain.get(1, java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            release.countDown();
            holder.get(30, java.util.concurrent.TimeUnit.SECONDS);
            sameChain.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(jdbc.queryForList("select actor from audit_event where chain_key = ? and actor in ('holder', 'waiter') order by chain_pos",
                String.class, a)).containsExactly("holder", "waiter");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void trailAndSearchQueriesUseIndexesNotScans() {
        // Enough rows of other nominations that a scan would cost more than the index; rolled back afterwards.
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.update("insert into audit_event (" + AuditLog.COLUMNS + ") "
                    + "select 1000000 + g, 'LC-2018-' || lpad(g::text, 6, '0'), 1, 'LC-2018-' || lpad(g::text, 6, '0'), 'STEP_OUTCOME', 'x', now(), '{}', 'p', 'h' "
                    + "from generate_series(1, 20000) g");
            jdbc.update("insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, "
                    + "execution_id_, act_id_, act_type_, start_time_, sequence_counter_, act_inst_state_) "
                    + "select 'fake' || g, null, 'nomination', 'x', 'p' || g, 'p' || g, 'e' || g, 'a', 'userTask', now(), 1, 0 from generate_series(1, 20000) g");
            jdbc.update("insert into act_hi_op_log (id_, proc_inst_id_, operation_id_, operation_type_, timestamp_, category_) "
                    + "select 'fake' || g, 'p' || g, 'o' || g, 'Complete', now(), 'TaskWorker' from generate_series(1, 20000) g");
            jdbc.execute("analyze audit_event");
            jdbc.execute("analyze act_hi_actinst");
            jdbc.execute("analyze act_hi_op_log");

            assertThat(plan(AuditLog.EVENTS_OF_NOMINATION.replace("?", "'LC-2018-000042'"))).contains("Index").doesNotContain("Seq Scan");
            // The engine's own history queries for one instance (the SQL its mappings issue, by process instance id).
            assertThat(plan("select * from act_hi_actinst where proc_inst_id_ = 'p42' order by start_time_")).contains("Index").doesNotContain("Seq Scan on act_hi_actinst");
            assertThat(plan("select * from act_hi_op_log where proc_inst_id_ = 'p42' order by timestamp_")).contains("Index").doesNotContain("Seq Scan on act_hi_op_log");
            status.setRollbackOnly();
        });
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }

    private void tamper(String sql) {
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        try {
            jdbc.update(sql);
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
        }
    }
}
