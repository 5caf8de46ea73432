package vn.khenthuong.testsupport;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** The context Flyway hands a Java migration, for running one migration by hand on a given connection. */
public final class MigrationContexts {

    public static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private MigrationContexts() {
    }
}
