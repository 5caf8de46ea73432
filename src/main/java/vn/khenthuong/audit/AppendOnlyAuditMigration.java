package vn.khenthuong.audit;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V5_1, PostgreSQL only: makes {@code audit_event} append-only for every role, its owner included (a
 * trigger refuses UPDATE, DELETE and TRUNCATE; grants to PUBLIC are revoked), and adds a trigram index for
 * name searches when pg_trgm may be installed. A Java migration because V5 must stay portable SQL for H2.
 * Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class AppendOnlyAuditMigration implements JavaMigration {

    static final String[] POSTGRES = {
            """
            CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'Nhật ký kiểm tra chỉ được ghi thêm, không được sửa hay xoá (% bị từ chối) / audit_event is append-only: % refused', TG_OP, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""",
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()",
            "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()",
            "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC",
            """
            DO $$
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                EXECUTE 'CREATE INDEX nomination_search_nominee_trgm ON nomination_search USING gin (nominee_folded gin_trgm_ops)';
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'pg_trgm not available, name search uses the btree index only: %', SQLERRM;
            END
            $$"""
    };

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5.1");
    }

    @Override
    public String getDescription() {
        return "audit append only";
    }

    @Override
    public Integer getChecksum() {
        return String.join("\n", POSTGRES).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return; // H2 (first run, tests) gets no guard: it is never the system of record.
        }
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : POSTGRES) {
                s.execute(sql);
            }
        }
    }
}
