package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@link AuditLog#batchUntilCommit} must keep, on H2 ({@link AuditBatchTest}) and PostgreSQL
 * ({@link AuditBatchPostgresTest}): the rows a batch writes at commit are those one append after another writes.
 */
final class AuditBatchChecks {

    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final String prefix;

    AuditBatchChecks(AuditLog audit, TransactionTemplate tx, JdbcTemplate jdbc, String prefix) {
        this.audit = audit;
        this.tx = tx;
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    void clean() {
        jdbc.update("delete from audit_event where chain_key like ?", prefix + "%");
        jdbc.update("delete from audit_chain where chain_key like ?", prefix + "%");
    }

    private List<Long> positions(String code) {
        return jdbc.queryForList("select chain_pos from audit_event where chain_key = ? order by seq", Long.class, code);
    }

    /** New chains, a chain with an earlier row, events interleaved across chains: positions, links and hashes as one by one. */
    void batchedEventsChainAsSingleAppendsDo() {
        String fresh = prefix + "-000001";
        String older = prefix + "-000002";
        audit.append(older, AuditEventType.DOCUMENT_DOWNLOADED, "thanhtra", AuditLog.fields("file", "to-trinh.pdf"));
        long before = jdbc.queryForObject("select max(seq) from audit_event where chain_key = ?", Long.class, older);
        tx.executeWithoutResult(s -> {
            audit.batchUntilCommit();
            audit.append(fresh, AuditEventType.STEP_OUTCOME, "tinh.chutich", AuditLog.fields("step", "decision", "outcome", "APPROVE"));
            audit.append(older, AuditEventType.STEP_OUTCOME, "tinh.chutich", AuditLog.fields("step", "decision", "outcome", "APPROVE"));
            audit.append(fresh, AuditEventType.AWARD_RECORDED, "tinh.chutich", AuditLog.fields("decisionNumber", "12/QĐ-UBND"));
            audit.append(older, AuditEventType.AWARD_RECORDED, "tinh.chutich", AuditLog.fields("decisionNumber", "12/QĐ-UBND"));
            assertThat(positions(fresh)).as("kept until the commit").isEmpty();
        });
        assertThat(positions(fresh)).containsExactly(1L, 2L);
        assertThat(positions(older)).containsExactly(1L, 2L, 3L);
        assertThat(jdbc.queryForObject("select min(seq) from audit_event where chain_key = ? and chain_pos > 1", Long.class, older)).isGreaterThan(before);
        assertThat(jdbc.queryForList("select event_type from audit_event where chain_key = ? order by chain_pos", String.class, fresh))
                .containsExactly("STEP_OUTCOME", "AWARD_RECORDED");
        assertThat(jdbc.queryForObject("select last_pos from audit_chain where chain_key = ?", Long.class, older)).isEqualTo(3L);
        ChainVerification verified = audit.verify();
        assertThat(verified.valid()).as(verified.reasonEn()).isTrue();
        // A later single append links to the batch's last row.
        audit.append(fresh, AuditEventType.DOCUMENT_DOWNLOADED, "thanhtra", AuditLog.fields("file", "bien-ban.pdf"));
        assertThat(positions(fresh)).containsExactly(1L, 2L, 3L);
        assertThat(audit.verify().valid()).isTrue();
    }

    void aBatchThatRollsBackLeavesNoRowAndNoHead() {
        String code = prefix + "-000003";
        tx.executeWithoutResult(s -> {
            audit.batchUntilCommit();
            audit.append(code, AuditEventType.STEP_OUTCOME, "tinh.chutich", AuditLog.fields("step", "decision"));
            s.setRollbackOnly();
        });
        assertThat(positions(code)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_chain where chain_key = ?", Integer.class, code)).isZero();
        // The transaction's batch ended with it: the next append is written at once.
        tx.executeWithoutResult(s -> {
            audit.append(code, AuditEventType.STEP_OUTCOME, "tinh.chutich", AuditLog.fields("step", "decision"));
            assertThat(positions(code)).containsExactly(1L);
        });
    }

    void readingTheTrailInTheTransactionWritesWhatIsPendingFirst() {
        String code = prefix + "-000004";
        tx.executeWithoutResult(s -> {
            audit.batchUntilCommit();
            audit.append(code, AuditEventType.STEP_OUTCOME, "tinh.chutich", AuditLog.fields("step", "decision"));
            assertThat(audit.events(code)).extracting(AuditEvent::type).containsExactly(AuditEventType.STEP_OUTCOME);
            audit.append(code, AuditEventType.AWARD_RECORDED, "tinh.chutich", AuditLog.fields("decisionNumber", "12/QĐ-UBND"));
        });
        assertThat(positions(code)).containsExactly(1L, 2L);
        assertThat(audit.verify().valid()).isTrue();
    }
}
