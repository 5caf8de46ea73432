package vn.khenthuong.nomination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V26: {@code nomination.status} may also be {@link NominationStatus#ANNULLED} (an award annulled after the
 * nomination ended, Luật Thi đua, khen thưởng 2022, Điều 93). V1 declared the column's check without a name, so its
 * name differs between PostgreSQL ({@code nomination_status_check}) and H2 ({@code CONSTRAINT_…}): it is looked up in
 * the standard information schema, dropped, and replaced by a named one (in Java for that lookup). Nominations whose
 * award was annulled before this version are set ANNULLED (their annulment is in the audit chain as AWARD_ANNULLED).
 */
@Component
class V26__NominationStatusAnnulled extends BaseJavaMigration {

    static final String STATUSES = "'IN_PROGRESS', 'REJECTED', 'AWARDED', 'WITHDRAWN', 'ANNULLED'";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> old = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT tc.constraint_name FROM information_schema.table_constraints tc "
                + "JOIN information_schema.check_constraints cc ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name "
                + "WHERE LOWER(tc.table_name) = 'nomination' AND tc.constraint_type = 'CHECK' AND tc.table_schema = CURRENT_SCHEMA "
                + "AND cc.check_clause LIKE '%WITHDRAWN%'")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
        }
        if (old.size() != 1) {
            throw new IllegalStateException("Expected one check on nomination.status, found " + old);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE nomination DROP CONSTRAINT \"" + old.get(0).replace("\"", "") + "\"");
            s.execute("ALTER TABLE nomination ADD CONSTRAINT nomination_status CHECK (status IN (" + STATUSES + "))");
            // Awards annulled before this version left their nomination AWARDED; the registry line is the record of it.
            s.execute("UPDATE nomination SET status = 'ANNULLED', version = version + 1 WHERE status = 'AWARDED' AND EXISTS "
                    + "(SELECT 1 FROM award a WHERE a.nomination_id = nomination.id AND a.annulment_number IS NOT NULL)");
        }
    }
}
