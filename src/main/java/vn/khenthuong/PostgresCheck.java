package vn.khenthuong;

import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a JdbcTemplate talks to PostgreSQL, asked of the database once. A few hot statements have a PostgreSQL-only
 * form that saves a round trip (a data-modifying WITH, UPDATE … RETURNING); H2 takes the portable one.
 */
public final class PostgresCheck {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public PostgresCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPostgres() {
        Boolean pg = postgres;
        if (pg == null) {
            pg = jdbc.execute((Connection c) -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
            postgres = pg;
        }
        return pg;
    }
}
