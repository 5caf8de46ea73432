package vn.khenthuong.workflow;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The culture titles through the engine to the registry on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class CultureTitlePostgresTest extends CultureTitleTest {
}
