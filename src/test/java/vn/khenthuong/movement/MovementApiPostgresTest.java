package vn.khenthuong.movement;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The movements API, its writes and audit rows, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class MovementApiPostgresTest extends MovementApiTest {
}
