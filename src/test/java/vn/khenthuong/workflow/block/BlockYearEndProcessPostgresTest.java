package vn.khenthuong.workflow.block;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The block's year end on PostgreSQL 17, where production runs: start to the flag's nomination, and every wrong user. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class BlockYearEndProcessPostgresTest extends BlockYearEndProcessTest {
}
