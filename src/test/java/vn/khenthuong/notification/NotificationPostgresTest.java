package vn.khenthuong.notification;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Notifications on PostgreSQL 17: the digest built by four nodes at once, racing senders, opt-out, retries, wrong users. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class NotificationPostgresTest extends NotificationTest {
}
