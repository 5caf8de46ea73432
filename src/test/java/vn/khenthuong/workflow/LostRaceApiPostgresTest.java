package vn.khenthuong.workflow;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same races on PostgreSQL 17, where the loser waits for the winner's row locks and then finds the task gone. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class LostRaceApiPostgresTest extends LostRaceApiTest {
}
