package vn.khenthuong.audit;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.FoldedName;

/**
 * Keeps {@code nomination_search.nominee_folded}: the nominee's name without diacritics, in lower case, so that
 * "lo thi dung" finds "Lò Thị Dung" with an indexed query on H2 and PostgreSQL alike (no unaccent extension).
 * Written when the nomination is filed (its NOMINATION_FILED event): a nominee's name does not change afterwards.
 */
@Component
public class SearchIndex {

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A nomination just filed: its row, in one statement. */
    @Transactional
    void add(String nominationCode, String nomineeName) {
        jdbc.update("INSERT INTO nomination_search (nomination_id, nominee_folded) SELECT id, ? FROM nomination_summary WHERE code = ?",
                FoldedName.of(nomineeName), nominationCode);
    }

    /** Nominations just filed, as {@code (folded name, code)} pairs: their rows in one JDBC batch. */
    void addAll(List<Object[]> foldedNameAndCode) {
        jdbc.batchUpdate("INSERT INTO nomination_search (nomination_id, nominee_folded) SELECT id, ? FROM nomination_summary WHERE code = ?",
                foldedNameAndCode);
    }

    /** Nominations stored before this index existed (or written around our code) get their row at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        jdbc.queryForList("SELECT n.id, n.nominee_name FROM nomination_summary n WHERE NOT EXISTS "
                        + "(SELECT 1 FROM nomination_search s WHERE s.nomination_id = n.id)")
                .forEach(r -> put(((Number) r.get("id")).longValue(), (String) r.get("nominee_name")));
    }

    private void put(long nominationId, String name) {
        String folded = FoldedName.of(name);
        if (jdbc.update("UPDATE nomination_search SET nominee_folded = ? WHERE nomination_id = ?", folded, nominationId) == 0) {
            jdbc.update("INSERT INTO nomination_search (nomination_id, nominee_folded) VALUES (?, ?)", nominationId, folded);
        }
    }
}
