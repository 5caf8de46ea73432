package vn.khenthuong.work;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Batch work on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class BatchWorkPostgresTest extends BatchWorkTest {
}
