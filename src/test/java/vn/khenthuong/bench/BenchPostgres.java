package vn.khenthuong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.khenthuong.testsupport.EmbeddedPostgresServer;

/**
 * PostgreSQL 17 (zonky) with production durability. zonky starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}; its {@code -c} options come after {@code -F} on the command line, so these
 * settings win. The report prints what the server says ({@code SHOW fsync}), not what we asked for.
 */
public class BenchPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "khenthuong";
    /**
     * A data directory kept between runs ({@code -Dbench.dataDirectory=/path}): a churn of 100,000 lifecycles takes
     * longer than one sitting, so it goes on where the last run stopped. Unset: a fresh server in a temporary directory.
     */
    static final String DATA_DIRECTORY = System.getProperty("bench.dataDirectory", "");
    private static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer(() -> dataDirectory(EmbeddedPostgres.builder())
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("shared_buffers", "256MB")
            .setServerConfig("max_connections", "100")
            // How often autovacuum looks at the tables: the server's default unless asked (production at year end: 15s).
            .setServerConfig("autovacuum_naptime", System.getProperty("bench.autovacuumNaptime", "60s")));
    private static boolean databaseCreated;

    private static EmbeddedPostgres.Builder dataDirectory(EmbeddedPostgres.Builder builder) {
        // zonky runs initdb only when the directory has no postgresql.conf, and keeps it on close unless told to clean.
        return DATA_DIRECTORY.isEmpty() ? builder : builder.setDataDirectory(Path.of(DATA_DIRECTORY)).setCleanDataDirectory(false);
    }

    static boolean keptBetweenRuns() {
        return !DATA_DIRECTORY.isEmpty();
    }

    /** The bench's database, created with the server on first use. */
    static synchronized String jdbcUrl(String database) {
        if (!databaseCreated) {
            SERVER.createDatabase(DATABASE, keptBetweenRuns());
            databaseCreated = true;
        }
        return SERVER.jdbcUrl(database);
    }

    static synchronized void shutdown() {
        SERVER.shutdown();
        databaseCreated = false;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SERVER.use(context, jdbcUrl(DATABASE));
    }
}
