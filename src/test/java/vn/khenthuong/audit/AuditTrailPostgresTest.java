package vn.khenthuong.audit;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The trail in words (labels, names and titles, an open ballot's choices) read from PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AuditTrailPostgresTest extends AuditTrailTest {
}
