package vn.khenthuong.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL 17 (zonky) for a JVM, started on first use, and the Spring contexts that run on it:
 * the tests' server ({@link PostgresInitializer}) and the benchmark's, which differ only in their settings.
 */
public final class EmbeddedPostgresServer {

    private final Supplier<EmbeddedPostgres.Builder> builder;
    private final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();
    private EmbeddedPostgres server;

    public EmbeddedPostgresServer(Supplier<EmbeddedPostgres.Builder> builder) {
        this.builder = builder;
    }

    private synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = builder.get().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** Creates an empty UTF-8 database and returns its JDBC URL. */
    public String createDatabase(String name) {
        return createDatabase(name, false);
    }

    /**
     * As {@link #createDatabase(String)}; with {@code reuse}, a database of that name kept in the server's data
     * directory from an earlier run is used as it is.
     */
    public String createDatabase(String name, boolean reuse) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (reuse) {
                try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (rs.next()) {
                        return jdbcUrl(name);
                    }
                }
            }
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    /** Points the context's data source at {@code jdbcUrl}; the context is closed before the server stops. */
    public void use(ConfigurableApplicationContext context, String jdbcUrl) {
        contexts.add(context);
        TestPropertyValues.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context.getEnvironment());
    }

    /**
     * Closes the contexts, then the server. Called when the test plan ends, before the JVM's shutdown hooks, where
     * zonky's own closer would race Spring's against a vanished database (pools and job executors must not outlive it).
     */
    public synchronized void shutdown() {
        contexts.forEach(ConfigurableApplicationContext::close);
        contexts.clear();
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
}
