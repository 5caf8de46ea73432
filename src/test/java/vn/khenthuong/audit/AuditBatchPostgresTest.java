package vn.khenthuong.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.testsupport.PostgresInitializer;

/** A transaction's audit events kept and written together at its commit (a list's chunk, a decision's signature), on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditBatchPostgresTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    AuditBatchChecks checks;

    @BeforeEach
    void setUp() {
        // Rows stay: audit_event refuses DELETE on PostgreSQL, and this context has a database of its own.
        checks = new AuditBatchChecks(audit, tx, jdbc, "TB-2019");
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
