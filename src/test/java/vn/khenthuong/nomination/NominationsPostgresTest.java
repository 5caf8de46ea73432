package vn.khenthuong.nomination;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same rules, code counter (row lock) and outcomes on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class NominationsPostgresTest extends NominationsTest {
}
