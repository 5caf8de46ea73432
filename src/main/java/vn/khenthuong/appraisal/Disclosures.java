package vn.khenthuong.appraisal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.nomination.NominationDirectory;

/** Comments filed against a nominee while the proposal is public, and the provincial board's answers. */
@Service
public class Disclosures {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final NominationDirectory nominations;

    Disclosures(JdbcTemplate jdbc, ApplicationEventPublisher events, NominationDirectory nominations) {
        this.jdbc = jdbc;
        this.events = events;
        this.nominations = nominations;
    }

    public record Comment(long id, String author, String content, OffsetDateTime filedAt, String answer, String answeredBy,
                          OffsetDateTime answeredAt) {
    }

    @Transactional
    public long file(String code, String author, String content) {
        if (content == null || content.isBlank() || content.length() > 4000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần nội dung ý kiến (tối đa 4000 ký tự) / comment text required, at most 4000 characters");
        }
        long nominationId = nominationId(code);
        // The generated key, not max(id): two comments filed at once on one nomination must each get their own.
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert into disclosure_comment (nomination_id, author, content, filed_at) values (?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, nominationId);
            ps.setString(2, author);
            ps.setString(3, content.strip());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        events.publishEvent(new DisclosureCommentFiled(code, id, author, content.strip()));
        return id;
    }

    @Transactional
    public void answer(String code, long id, String answeredBy, String answer) {
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần nội dung trả lời (tối đa 4000 ký tự) / answer text required, at most 4000 characters");
        }
        int updated = jdbc.update("update disclosure_comment set answer = ?, answered_by = ?, answered_at = ? where id = ? and nomination_id = ?",
                answer.strip(), answeredBy, Timestamp.from(Instant.now()), id, nominationId(code));
        if (updated == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có ý kiến này trong hồ sơ / no such comment on this nomination");
        }
        events.publishEvent(new DisclosureCommentAnswered(code, id, answeredBy, answer.strip()));
    }

    public List<Comment> comments(String code) {
        return jdbc.query("select * from disclosure_comment where nomination_id = ? order by filed_at, id", (rs, i) -> new Comment(
                rs.getLong("id"), rs.getString("author"), rs.getString("content"), rs.getObject("filed_at", OffsetDateTime.class),
                rs.getString("answer"), rs.getString("answered_by"), rs.getObject("answered_at", OffsetDateTime.class)), nominationId(code));
    }

    public int unanswered(String code) {
        Integer n = jdbc.queryForObject("select count(*) from disclosure_comment where nomination_id = ? and answer is null", Integer.class, nominationId(code));
        return n == null ? 0 : n;
    }

    private long nominationId(String code) {
        return nominations.find(code).map(NominationDirectory.Ref::id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ " + code + " / nomination not found"));
    }
}
