package vn.khenthuong.nomination;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Each step's start, written and filled in by the migration, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class StepStartPostgresTest extends StepStartTest {
}
