package vn.khenthuong.emulation;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The pact API, its tables and its audit rows on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class PactApiPostgresTest extends PactApiTest {
}
