package vn.khenthuong.work;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Batches of completions in one engine command on PostgreSQL 17 (a failed task rolls back the whole transaction). */
@ContextConfiguration(initializers = PostgresInitializer.class)
class CompleteAllPostgresTest extends CompleteAllTest {
}
