package vn.khenthuong.nominationlist;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The list API, its tables (V16), its filing and its audit rows on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class NominationListApiPostgresTest extends NominationListApiTest {
}
