package vn.khenthuong.workflow;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The same refusals on PostgreSQL 17, which itself refuses U+0000 in text: here it was a 500 before. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class BadInputApiPostgresTest extends BadInputApiTest {
}
