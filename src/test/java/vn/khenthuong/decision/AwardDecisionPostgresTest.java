package vn.khenthuong.decision;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** One decision for many, its PDF and certificates on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AwardDecisionPostgresTest extends AwardDecisionTest {
}
