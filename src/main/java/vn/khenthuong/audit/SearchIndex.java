package vn.khenthuong.audit;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.FoldedName;

/**
 * Keeps {@code nomination_search.nominee_folded}: the nominee's name without diacritics, in lower case, so that
 * "lo thi dung" finds "Lò Thị Dung" with an indexed query on H2 and PostgreSQL alike (no unaccent extension).
 */
@Component
public class SearchIndex {

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void refresh(String nominationCode) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, nominee_name FROM nomination WHERE code = ?", nominationCode);
        rows.forEach(r -> put(((Number) r.get("id")).longValue(), (String) r.get("nominee_name")));
    }

    /** Nominations stored before this index existed (or written around our code) get their row at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        jdbc.queryForList("SELECT n.id, n.nominee_name FROM nomination n WHERE NOT EXISTS "
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
