package vn.khenthuong.identity;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same on PostgreSQL 17, where production runs. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class GrantOnlyAuthorizationsPostgresTest extends GrantOnlyAuthorizationsTest {
}
