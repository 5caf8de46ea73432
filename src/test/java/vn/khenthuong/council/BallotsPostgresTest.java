package vn.khenthuong.council;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Rounds, rosters, absences, written ballots and tallies stored and read back on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class BallotsPostgresTest extends BallotsTest {
}
