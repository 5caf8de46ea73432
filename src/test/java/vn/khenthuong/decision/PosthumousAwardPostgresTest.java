package vn.khenthuong.decision;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Posthumous awards (V24's columns and the replaced nomination_summary view) on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class PosthumousAwardPostgresTest extends PosthumousAwardTest {
}
