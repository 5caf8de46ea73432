package vn.khenthuong.catalog;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.khenthuong.input.YamlFiles;

/** Reads the reference-data files of seeds/ (shipped on the classpath under the same names). */
final class SeedFiles {

    static final String UNITS = "seeds/units.yaml";
    static final String AWARD_KINDS = "seeds/award-kinds.yaml";
    static final String MOVEMENTS = "seeds/movements.yaml";

    record UnitEntry(String code, String name, String tier, String parent, LocalDate validFrom, LocalDate validTo) {
    }

    record UnitsFile(List<UnitEntry> units) {
    }

    record AwardKindEntry(String code, String name, String category, List<String> nomineeKinds, String decidingLevel,
                         String decidedBy, Boolean councilVote, Boolean secretBallot, List<String> requiredDocuments,
                         LocalDate validFrom, LocalDate validTo, String councilLevel, Boolean centralDecision, Boolean merit,
                         List<AuthorityEntry> earlierAuthorities, String basis, String status) {
    }

    /** basis and status: the legal source of the authority and whether its text was read (rules catalogue). */
    record AuthorityEntry(LocalDate validFrom, LocalDate validTo, String decidingLevel, String decidedBy, String councilLevel,
                          String basis, String status) {
    }

    record AwardKindsFile(List<AwardKindEntry> awardKinds) {
    }

    record MovementEntry(String code, String name, String launchingLevel, String launchedBy, Integer yearFrom, Integer yearTo,
                         String targets, List<String> awardKinds) {
    }

    record MovementsFile(List<MovementEntry> movements) {
    }

    static <T> T read(String path, Class<T> type) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new SeedException(path, null, "không tìm thấy tệp / file not found on the classpath");
        }
        try (InputStream in = resource.getInputStream()) {
            T value = YamlFiles.read(in, type); // unknown keys fail
            if (value == null) {
                throw new SeedException(path, null, "tệp rỗng / empty file");
            }
            return value;
        } catch (JsonMappingException e) {
            String where = e.getLocation() == null ? "" : " (dòng/line " + e.getLocation().getLineNr() + ")";
            throw new SeedException(path, null, "không đọc được / cannot parse" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SeedException(path, null, "không đọc được / cannot read: " + e.getMessage());
        }
    }

    private SeedFiles() {
    }
}
