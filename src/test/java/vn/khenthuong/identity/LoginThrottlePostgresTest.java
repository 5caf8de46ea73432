package vn.khenthuong.identity;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** The login throttle's counts, blocks, expiry and concurrent failures stored on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class LoginThrottlePostgresTest extends LoginThrottleTest {
}
