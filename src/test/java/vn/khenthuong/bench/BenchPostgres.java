package vn.khenthuong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL 17 (zonky) with production durability. zonky starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}; its {@code -c} options come after {@code -F} on the command line, so these
 * settings win. The report prints what the server says ({@code SHOW fsync}), not what we asked for.
 */
public class BenchPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "khenthuong";
    private static EmbeddedPostgres server;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("max_connections", "100")
                        .start();
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the bench database", e);
            }
        }
        return server;
    }

    static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    /** Creates an empty database on the same server (for the start-up measurement on PostgreSQL). */
    static String createDatabase(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Closes the Spring context first: its pool and job executor must not outlive the server. */
    static synchronized void shutdown() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
            } finally {
                server = null;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
        TestPropertyValues.of(
                "spring.datasource.url=" + jdbcUrl(DATABASE),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context.getEnvironment());
    }
}
