package vn.khenthuong.catalog;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The catalogue and its earlier authorities stored and read back on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class CatalogPostgresTest extends CatalogTest {
}
