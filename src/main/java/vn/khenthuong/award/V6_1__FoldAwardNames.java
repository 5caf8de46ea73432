package vn.khenthuong.award;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.FoldedName;

/**
 * Fills {@code award.nominee_name_folded} for awards recorded before V6, with the same Java folding the registry
 * uses (SQL has no portable way to drop Vietnamese diacritics). Spring Boot hands Flyway every JavaMigration bean.
 */
@Component
class V6_1__FoldAwardNames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, nominee_name FROM award WHERE nominee_name_folded IS NULL");
             PreparedStatement write = c.prepareStatement("UPDATE award SET nominee_name_folded = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                write.setString(1, FoldedName.of(rs.getString(2)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++pending % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
