package vn.khenthuong.workflow.tmpfakes;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.*;

// TEMPORARY: stand-in for the identity helper's catalogue until identity2 is merged. Reads the tables and
// seeds a few reference rows like seeds/ will.
@Component
@org.springframework.context.annotation.Conditional(WithoutRealImplementation.Catalog.class)
public class FakeCatalog implements Catalog {
    final JdbcTemplate jdbc;

    FakeCatalog(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    synchronized void ensure() {
        if (jdbc.queryForObject("select count(*) from unit", Integer.class) > 0) return;
        unit("laichau", "Tỉnh Lai Châu", "PROVINCE", null);
        unit("sinho", "Huyện Sìn Hồ", "DISTRICT", "laichau");
        unit("thanuyen", "Huyện Than Uyên", "DISTRICT", "laichau");
        unit("pusamcap", "Xã Pu Sam Cáp", "COMMUNE", "sinho");
        unit("taphin", "Xã Tả Phìn", "COMMUNE", "sinho");
        unit("phucthan", "Xã Phúc Than", "COMMUNE", "thanuyen");
        kind("BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE", "PROPOSAL_LETTER,ACHIEVEMENT_REPORT", null);
        kind("CSTD_CS", "Chiến sĩ thi đua cơ sở", "INDIVIDUAL", "PROPOSAL_LETTER,ACHIEVEMENT_REPORT,INITIATIVE_RECOGNITION", null);
        kind("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "INDIVIDUAL", "PROPOSAL_LETTER,ACHIEVEMENT_REPORT,COUNCIL_MINUTES", null);
        kind("GK_HUYEN", "Giấy khen của Chủ tịch UBND huyện", "INDIVIDUAL,COLLECTIVE,HOUSEHOLD,ENTERPRISE", "ACHIEVEMENT_REPORT", LocalDate.of(2025, 6, 30));
        jdbc.update("insert into movement(code,name,launched_by,year_from,year_to) values ('NTM_GNBV_2016_2020','Cả nước chung sức xây dựng nông thôn mới và giảm nghèo bền vững','laichau',2016,2020)");
    }

    void unit(String code, String name, String tier, String parent) {
        jdbc.update("insert into unit(code,name,tier,parent_code) values (?,?,?,?)", code, name, tier, parent);
    }

    void kind(String code, String name, String nominees, String docs, LocalDate validTo) {
        jdbc.update("insert into award_kind(code,name,category,nominee_kinds,deciding_level,decided_by,council_vote,secret_ballot,required_documents,valid_to) values (?,?,'COMMENDATION',?,'PROVINCE','Chủ tịch UBND tỉnh',true,false,?,?)",
                code, name, nominees, docs, validTo == null ? null : Date.valueOf(validTo));
    }

    public List<Unit> units() {
        ensure();
        return jdbc.query("select code,name,tier,parent_code from unit order by code", (rs, i) -> new Unit(rs.getString(1), rs.getString(2), Tier.valueOf(rs.getString(3)), rs.getString(4), null, null));
    }

    public Optional<Unit> unit(String code) { return units().stream().filter(u -> u.code().equals(code)).findFirst(); }

    public List<Unit> lineage(String code) {
        List<Unit> out = new ArrayList<>();
        Optional<Unit> u = unit(code);
        while (u.isPresent()) { out.add(u.get()); u = u.get().parentCode() == null ? Optional.empty() : unit(u.get().parentCode()); }
        return out;
    }

    public List<AwardKind> awardKinds() {
        ensure();
        return jdbc.query("select code,name,category,nominee_kinds,deciding_level,decided_by,council_vote,secret_ballot,required_documents,valid_from,valid_to from award_kind order by code",
                (rs, i) -> new AwardKind(rs.getString(1), rs.getString(2), rs.getString(3), split(rs.getString(4)), Tier.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getBoolean(7), rs.getBoolean(8), split(rs.getString(9)), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class)));
    }

    static Set<String> split(String s) { return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).collect(Collectors.toSet()); }

    public Optional<AwardKind> awardKind(String code) { return awardKinds().stream().filter(k -> k.code().equals(code)).findFirst(); }

    public List<Movement> movements() {
        ensure();
        return jdbc.query("select code,name,launched_by,year_from,year_to from movement order by code", (rs, i) -> new Movement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
    }

    public Optional<Movement> movement(String code) { return movements().stream().filter(m -> m.code().equals(code)).findFirst(); }
}
