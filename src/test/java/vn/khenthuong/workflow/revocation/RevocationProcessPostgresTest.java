package vn.khenthuong.workflow.revocation;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The annulment of an award on PostgreSQL 17, where production runs: the whole path, recovery, flags, corrections, wrong users. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class RevocationProcessPostgresTest extends RevocationProcessTest {
}
