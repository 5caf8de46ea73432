package vn.khenthuong.workflow.demo;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The 2019 registry seeded on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AwardHistorySeederPostgresTest extends AwardHistorySeederTest {
}
