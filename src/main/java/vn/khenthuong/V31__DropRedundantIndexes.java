package vn.khenthuong;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V31: drops our indexes whose columns lead another index of the same table. Every look-up they served, the
 * wider index serves (a B-tree is read by its leading columns), while each insert paid for both. PostgresSchemaTest
 * keeps new ones out.
 * <ul>
 * <li>{@code nomination_step_nomination}: {@code nomination_step_report} (V29) starts with nomination_id; five steps are
 * written per nomination.</li>
 * <li>{@code nomination_year}, {@code award_year}: {@code nomination_tally} and {@code award_tally} (V30) start with
 * year.</li>
 * <li>{@code award_decision}: {@code award_decision_nominee} (V18) starts with decision_number.</li>
 * </ul>
 * PostgreSQL only: H2, the first run's database, made {@code nomination_step_nomination} its own index of the foreign
 * key to nomination and refuses to drop it; there the indexes stay and the version is recorded.
 */
@Component
class V31__DropRedundantIndexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String index : new String[] {"nomination_step_nomination", "nomination_year", "award_year", "award_decision"}) {
                s.execute("DROP INDEX IF EXISTS " + index);
            }
        }
    }
}
