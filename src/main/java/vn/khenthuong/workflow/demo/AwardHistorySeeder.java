package vn.khenthuong.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khenthuong.award.PastAward;
import vn.khenthuong.award.RegistryImports;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.input.YamlFiles;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * Demo profile: the award registry of 2019 from seeds/awards-2019.yaml (the counts of the 2019 emulation report, with
 * illustrative names and decision numbers), imported as registry lines without a nomination — the decisions were taken
 * in 2019, outside this system. It goes through the administrators' import ({@link RegistryImports#importPast}): the same
 * checks, the same duplicate recognition (a restart finds every line already there and adds nothing), one audit event
 * naming the seed file and its SHA-256, and the lines show "Nhập từ sổ cũ" in the registry. Until issue 16 every line
 * was a closed 2019 dossier filed by a stand-in commune official, because an award needed a nomination.
 */
@Component
@ConditionalOnProperty(name = SeedProperties.SAMPLE_DOSSIERS, havingValue = "true")
class AwardHistorySeeder {

    private static final Logger log = LoggerFactory.getLogger(AwardHistorySeeder.class);
    static final String FILE = "seeds/awards-2019.yaml";
    static final int YEAR = 2019;
    /** Who the import's audit event names: the demo's seeding, not a person. */
    static final String ACTOR = "system";

    record Nominee(NomineeKind nomineeKind, String nomineeName, Integer nomineeBirthYear, String nomineePosition, String headName, Integer memberCount,
                   String nomineeAddress, boolean minhHoa) {
    }

    record Decision(String number, LocalDate date, boolean minhHoa, boolean minhHoaSplit, String signer, String awardKindCode,
                    String district, String unit, List<Nominee> nominees) {
    }

    record AwardsFile(List<Decision> decisions) {
    }

    private final RegistryImports imports;

    AwardHistorySeeder(RegistryImports imports) {
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onReady() {
        seed();
    }

    /** Returns how many awards were entered (0 on a restart). */
    int seed() {
        try {
            RegistryImports.Report report = imports.importPast(FILE, sha256(), lines(load()), ACTOR);
            log.info("Sổ khen thưởng năm {} (minh hoạ): {} dòng mới, {} dòng đã có, từ {}", YEAR, report.imported(), report.duplicates(), FILE);
            return report.imported();
        } catch (RegistryImports.RowsRefusedException e) {
            // Demo data must not keep the application from starting; the log says what to fix.
            log.error("Không nhập được {} vào sổ khen thưởng năm {} / awards not seeded: {}", FILE, YEAR, e.report().problems());
            return 0;
        }
    }

    /** One line per nominee; a household's line carries its address where a person's carries the position. */
    static List<PastAward> lines(AwardsFile file) {
        List<PastAward> lines = new ArrayList<>();
        for (Decision d : file.decisions()) {
            for (Nominee n : d.nominees()) {
                lines.add(new PastAward(d.number(), d.date(), d.signer(), d.awardKindCode(), n.nomineeKind(), n.nomineeName(), n.nomineeBirthYear(),
                        n.nomineePosition() != null ? n.nomineePosition() : n.nomineeAddress(), d.unit(), null, YEAR, ProcedureKind.DEFAULT));
            }
        }
        return lines;
    }

    static AwardsFile load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return YamlFiles.read(in, AwardsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    private static String sha256() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
