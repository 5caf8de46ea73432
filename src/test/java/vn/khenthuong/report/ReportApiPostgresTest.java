package vn.khenthuong.report;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The report API, its grouped queries and the views it reads, on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ReportApiPostgresTest extends ReportApiTest {
}
