package vn.khenthuong.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.input.YamlFiles;

/** Loads seeds/pending-matters.yaml in the demo profile; a key seeded once is not seeded again. */
@Component
@DependsOnDatabaseInitialization
@ConditionalOnProperty(name = SeedProperties.SAMPLE_DOSSIERS, havingValue = "true")
class PendingMatterSeeder implements InitializingBean {

    static final String FILE = "seeds/pending-matters.yaml";
    private static final Logger log = LoggerFactory.getLogger(PendingMatterSeeder.class);

    record Entry(String key, String nomineeIdNumber, String unitCode, String nomineeName, String kind, String description,
                 String reference, LocalDate openedOn) {
    }

    record SeedFile(List<Entry> pendingMatters) {
    }

    private final PendingMatters matters;

    /** The catalogue is a parameter so that units are loaded before matters refer to them. */
    PendingMatterSeeder(PendingMatters matters, Catalog catalog) {
        this.matters = matters;
    }

    static SeedFile read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return YamlFiles.read(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    @Override
    public void afterPropertiesSet() {
        int added = 0;
        for (Entry e : read().pendingMatters()) {
            if (!matters.seeded(e.key())) {
                matters.open(new PendingMatter.New(e.nomineeIdNumber(), e.unitCode(), e.nomineeName(), e.kind(), e.description(),
                        e.reference(), e.openedOn()), "seed", LocalDate.now(), e.key());
                added++;
            }
        }
        log.info("Pending matters seeded from {}: {} new", FILE, added);
    }
}
