package vn.khenthuong.nomination;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNominationDirectory implements NominationDirectory {

    private final JdbcTemplate jdbc;

    JdbcNominationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Ref> find(String code) {
        return jdbc.query("SELECT id, code, unit_code FROM nomination WHERE code = ?",
                (rs, i) -> new Ref(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code")), code).stream().findFirst();
    }
}
