package vn.khenthuong.council;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same races on PostgreSQL 17, where SELECT ... FOR UPDATE is a real row lock under READ COMMITTED. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class BallotsConcurrencyPostgresTest extends BallotsConcurrencyTest {
}
