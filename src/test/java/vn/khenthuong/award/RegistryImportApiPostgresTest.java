package vn.khenthuong.award;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The registry import, its tables, the eligibility it feeds and its audit rows on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class RegistryImportApiPostgresTest extends RegistryImportApiTest {
}
