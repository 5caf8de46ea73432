package vn.khenthuong.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction's audit events kept and written together at its commit (a list's chunk, a decision's signature), on H2. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({AuditLog.class, AuditRecorder.class, SearchIndex.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditBatchTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    AuditBatchChecks checks;

    @BeforeEach
    void setUp() {
        checks = new AuditBatchChecks(audit, tx, jdbc, "TB-2019");
        checks.clean();
    }

    @AfterEach
    void clean() {
        checks.clean();
    }

    @Test
    void batchedEventsChainAsSingleAppendsDo() {
        checks.batchedEventsChainAsSingleAppendsDo();
    }

    @Test
    void aBatchThatRollsBackLeavesNoRowAndNoHead() {
        checks.aBatchThatRollsBackLeavesNoRowAndNoHead();
    }

    @Test
    void readingTheTrailInTheTransactionWritesWhatIsPendingFirst() {
        checks.readingTheTrailInTheTransactionWritesWhatIsPendingFirst();
    }
}
