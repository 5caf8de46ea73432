package vn.khenthuong.workflow.tasklist;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Tasklist's counts and pages by grants on PostgreSQL 17: the semi-join statements and the preflight, against Camunda's join. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class FilterCountsPostgresTest extends FilterCountsTest {
}
