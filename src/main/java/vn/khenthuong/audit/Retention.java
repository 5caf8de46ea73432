package vn.khenthuong.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The history retention rule: the engine history of a nomination that led to an award is kept forever (it is
 * the award's trail); other history is removed after the process definition's time to live (README).
 */
@Service
public class Retention {

    private final JdbcTemplate jdbc;

    Retention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Asked by the engine when a nomination's process instance ends, inside the same transaction. */
    public boolean keepHistoryForever(String nominationCode) {
        if (nominationCode == null) {
            return false;
        }
        Integer awards = jdbc.queryForObject("SELECT COUNT(*) FROM award a JOIN nomination_summary n ON n.id = a.nomination_id WHERE n.code = ?",
                Integer.class, nominationCode);
        return awards != null && awards > 0;
    }
}
