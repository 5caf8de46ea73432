package vn.khenthuong.catalog;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The seeded movements and the board's edits stored and read back on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class MovementSeedsPostgresTest extends MovementSeedsTest {
}
