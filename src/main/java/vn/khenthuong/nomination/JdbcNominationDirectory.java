package vn.khenthuong.nomination;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNominationDirectory implements NominationDirectory {

    private final JdbcTemplate jdbc;
    private final NominationStore store;

    JdbcNominationDirectory(JdbcTemplate jdbc, NominationStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public Optional<Ref> find(String code) {
        return jdbc.query("SELECT id, code, unit_code FROM nomination WHERE code = ?",
                (rs, i) -> new Ref(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code")), code).stream().findFirst();
    }

    @Override
    public List<Step> steps(long nominationId) {
        return store.steps(nominationId).stream()
                .map(s -> new Step(s.step(), s.outcome(), s.comment(), s.deadline(), s.actor(), s.actedAt())).toList();
    }

    @Override
    public List<Document> documents(long nominationId) {
        return jdbc.query("SELECT id, kind, doc_version, file_name, sha256, size_bytes, uploaded_by, uploaded_at FROM nomination_document "
                        + "WHERE nomination_id = ? ORDER BY kind, doc_version", (rs, i) -> new Document(rs.getLong("id"), rs.getString("kind"),
                        rs.getInt("doc_version"), rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)), nominationId);
    }
}
