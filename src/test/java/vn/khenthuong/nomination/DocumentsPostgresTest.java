package vn.khenthuong.nomination;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Document versions and BYTEA content on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class DocumentsPostgresTest extends DocumentsTest {
}
