package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.award.AwardRecorded;
import vn.khenthuong.council.BallotCast;
import vn.khenthuong.council.Ballots;

/** Domain events become audit rows in the publisher's transaction: they commit together or not at all. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({AuditLog.class, AuditRecorder.class, SearchIndex.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditRecorderTest {

    static final String CODE = "T-2019-000777";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("delete from audit_event where nomination_code = ?", CODE);
        jdbc.update("delete from audit_chain where chain_key = ?", CODE);
    }

    int rows() {
        return jdbc.queryForObject("select count(*) from audit_event where nomination_code = ?", Integer.class, CODE);
    }

    @Test
    void anAwardThatRollsBackLeavesNoAuditRow() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new AwardRecorded(CODE, 1, "12/QĐ-UBND", LocalDate.of(2019, 5, 1), "ct.tinh", "BK_UBND", "Người thử"));
            assertThat(rows()).as("written at once, in the publisher's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(rows()).isZero();
    }

    @Test
    void anAuditRowThatCannotBeWrittenRollsBackTheAction() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("insert into audit_chain (chain_key, last_pos, last_hash) values ('probe-" + CODE + "', 0, 'x')");
            // A code longer than the column: the append fails inside the publisher's call.
            events.publishEvent(new AwardRecorded(CODE + "-far-too-long-for-the-column", 1, "12/QĐ-UBND", LocalDate.of(2019, 5, 1), "ct.tinh",
                    "BK_UBND", "Người thử"));
        })).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_chain where chain_key = 'probe-" + CODE + "'", Integer.class)).isZero();
    }

    @Test
    void aWrittenBallotIsRecordedAsTheCouncilWroteItBefore() {
        tx.executeWithoutResult(status -> events.publishEvent(new BallotCast(CODE, "t-huyen", 2, Ballots.WRITTEN, "hd.b", "PB-07", "tk")));
        assertThat(jdbc.queryForMap("select event_type, actor, details from audit_event where nomination_code = ?", CODE))
                .containsEntry("EVENT_TYPE", "BALLOT_CAST").containsEntry("ACTOR", "tk")
                .containsEntry("DETAILS", "{\"councilUnit\":\"t-huyen\",\"member\":\"hd.b\",\"mode\":\"WRITTEN\",\"note\":\"" + Ballots.WRITTEN_NOTE_VI
                        + "\",\"paperReference\":\"PB-07\",\"round\":2}");
    }
}
