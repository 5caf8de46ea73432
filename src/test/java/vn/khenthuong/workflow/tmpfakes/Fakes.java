package vn.khenthuong.workflow.tmpfakes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.*;
import vn.khenthuong.identity.*;
import vn.khenthuong.nomination.*;

// TEMPORARY: stand-ins until the identity and nomination branches are merged. Not committed.
public class Fakes {
    @Component
    public static class FakeOfficials implements Officials {
        public Optional<Official> find(String userId) { return Optional.empty(); }
        public Official current() { throw new UnsupportedOperationException(); }
        public List<String> members(String role, String unitCode) {
            return List.of("hd." + unitCode + ".1", "hd." + unitCode + ".2", "hd." + unitCode + ".3", "hd." + unitCode + ".4", "hd." + unitCode + ".5");
        }
        public boolean canRead(Official official, String unitCode) { return true; }
    }

    @Component
    public static class FakeNominations implements Nominations {
        final JdbcTemplate jdbc;
        int counter;
        FakeNominations(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        void ensureRefs() {
            if (jdbc.queryForObject("select count(*) from unit", Integer.class) == 0) {
                jdbc.update("insert into unit(code,name,tier,parent_code) values ('laichau','Lai Châu','PROVINCE',null)");
                jdbc.update("insert into unit(code,name,tier,parent_code) values ('sinho','Sìn Hồ','DISTRICT','laichau')");
                jdbc.update("insert into unit(code,name,tier,parent_code) values ('pusamcap','Pu Sam Cáp','COMMUNE','sinho')");
                for (String k : List.of("BK_TINH", "CSTD_CS", "CSTD_TINH"))
                jdbc.update("insert into award_kind(code,name,category,nominee_kinds,deciding_level,decided_by,council_vote,secret_ballot,required_documents) values (?,'x','COMMENDATION','INDIVIDUAL','PROVINCE','x',true,false,'ACHIEVEMENT_REPORT')", k);
            }
        }
        public synchronized RegisteredDossier register(NewDossier d, String filedBy) {
            ensureRefs();
            if (d.nomineeName() == null) throw new InvalidDossierException(List.of(new FieldProblem("nomineeName", "Thiếu tên", "missing name")));
            String code = "LC-2019-" + String.format("%06d", ++counter + (int) (System.nanoTime() % 100000));
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("insert into nomination(code,year,unit_code,award_kind_code,nominee_kind,nominee_name,achievements,status,created_by,created_at,updated_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                    code, 2019, "pusamcap", d.awardKindCode(), d.nomineeKind().name(), d.nomineeName(), d.achievements(), "IN_PROGRESS", filedBy, now, now);
            return new RegisteredDossier(code, "pusamcap", "sinho", "laichau", d.awardKindCode(), d.nomineeName());
        }
        public List<String> problemsBefore(String code, String step) {
            Integer n = jdbc.queryForObject("select count(*) from nomination_document d join nomination n on n.id=d.nomination_id where n.code=?", Integer.class, code);
            return n == 0 ? List.of("Thiếu báo cáo thành tích") : List.of();
        }
        public void recordOutcome(String code, String step, String outcome, String comment, LocalDate deadline, String actor) {
            jdbc.update("insert into nomination_step(nomination_id,step,outcome,comment,deadline,actor,acted_at) select id,?,?,?,?,?,? from nomination where code=?",
                    step, outcome, comment, deadline, actor, Timestamp.from(Instant.now()), code);
        }
        public void close(String code, String status, String reason) {
            jdbc.update("update nomination set status=?, closing_reason=? where code=?", status, reason, code);
        }
    }

    @Component
    public static class FakeAwards implements AwardRegistry {
        final JdbcTemplate jdbc;
        FakeAwards(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        public AwardEntry record(String code, String number, LocalDate date, String signer) {
            jdbc.update("insert into award(nomination_id,award_kind_code,unit_code,year,nominee_kind,nominee_name,decision_number,decision_date,signer,recorded_at) select id,award_kind_code,unit_code,year,nominee_kind,nominee_name,?,?,?,? from nomination where code=?",
                    number, date, signer, Timestamp.from(Instant.now()), code);
            return new AwardEntry(1, code, "BK_TINH", "pusamcap", null, 2019, "INDIVIDUAL", "x", number, date, signer);
        }
        public List<AwardEntry> search(String nominee, String unitCode, Integer year) { return List.of(); }
    }
}
