package vn.khenthuong.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.input.YamlFiles;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationStatus;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * Demo profile: the award registry of 2019 from seeds/awards-2019.yaml (the counts of the 2019 emulation report, with
 * illustrative names and decision numbers). Each award is a 2019 dossier filed by the commune's stand-in official,
 * entered into the registry by its decision ({@link AwardRegistry#record}) and closed as awarded, all in one
 * transaction, without a process instance: the decision was taken in 2019, outside this system. A nominee already in
 * the 2019 registry under the same decision number is skipped, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = SeedProperties.SAMPLE_DOSSIERS, havingValue = "true")
class AwardHistorySeeder {

    private static final Logger log = LoggerFactory.getLogger(AwardHistorySeeder.class);
    static final String FILE = "seeds/awards-2019.yaml";
    static final int YEAR = 2019;
    /** Why the dossier is closed: where a person reads the dossier, it says the line was imported and is illustrative. */
    static final String IMPORTED = "Nhập vào sổ khen thưởng từ báo cáo thi đua, khen thưởng năm 2019 của Khối thi đua các huyện, thành phố; "
            + "số, ngày quyết định và họ tên là dữ liệu minh hoạ, không phải người thật";

    record Nominee(NomineeKind nomineeKind, String nomineeName, Integer nomineeBirthYear, String nomineePosition, String headName, Integer memberCount,
                   String nomineeAddress, boolean minhHoa) {
    }

    record Decision(String number, LocalDate date, boolean minhHoa, boolean minhHoaSplit, String signer, String awardKindCode,
                    String district, String unit, String filedBy, List<Nominee> nominees) {
    }

    record AwardsFile(Map<String, List<String>> standIns, List<Decision> decisions) {
    }

    private final SampleDossierSeeder standIns;
    private final Nominations nominations;
    private final AwardRegistry awards;
    private final TransactionTemplate transaction;

    AwardHistorySeeder(SampleDossierSeeder standIns, Nominations nominations, AwardRegistry awards, TransactionTemplate transaction) {
        this.standIns = standIns;
        this.nominations = nominations;
        this.awards = awards;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onReady() {
        seed();
    }

    /** Returns how many awards were entered (0 on a restart). */
    int seed() {
        AwardsFile file = load();
        file.standIns().forEach(standIns::ensureStandIn);
        int added = 0;
        for (Decision decision : file.decisions()) {
            for (Nominee nominee : decision.nominees()) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> enter(decision, nominee)))) {
                        added++;
                    }
                } catch (RuntimeException e) {
                    // Demo data must not keep the application from starting; the log says what to fix.
                    log.error("Không nhập được {} ({}) vào sổ khen thưởng năm {} / award not seeded: {}", nominee.nomineeName(),
                            decision.number(), YEAR, e.getMessage(), e);
                }
            }
        }
        log.info("Sổ khen thưởng năm {} (minh hoạ): {} dòng mới từ {}", YEAR, added, FILE);
        return added;
    }

    private boolean enter(Decision decision, Nominee nominee) {
        boolean present = awards.search(nominee.nomineeName(), decision.unit(), YEAR).stream()
                .anyMatch(a -> a.nomineeName().equals(nominee.nomineeName()) && a.decisionNumber().equals(decision.number()));
        if (present) {
            return false;
        }
        String code = nominations.register(dossier(decision, nominee), decision.filedBy()).code();
        awards.record(code, decision.number(), decision.date(), decision.signer());
        nominations.close(code, NominationStatus.AWARDED, IMPORTED);
        return true;
    }

    static NewDossier dossier(Decision decision, Nominee nominee) {
        String achievements = "Thành tích xuất sắc trong các phong trào thi đua năm " + YEAR + " (báo cáo tổng kết của Khối thi đua các huyện, "
                + "thành phố tỉnh Lai Châu). Hồ sơ nhập từ sổ khen thưởng năm " + YEAR + "; họ tên và chi tiết là minh hoạ.";
        return new NewDossier(decision.awardKindCode(), null, ProcedureKind.DEFAULT.value(), nominee.nomineeKind(), nominee.nomineeName(), null,
                nominee.nomineeBirthYear(), null, nominee.nomineePosition(), nominee.nomineeAddress(), nominee.memberCount(), nominee.headName(), null, achievements, YEAR);
    }

    static AwardsFile load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return YamlFiles.read(in, AwardsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
