package vn.khenthuong.award;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Recording and searching the registry on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AwardRegistryPostgresTest extends AwardRegistryTest {
}
