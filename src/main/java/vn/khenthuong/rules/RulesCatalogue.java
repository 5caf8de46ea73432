package vn.khenthuong.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Seeds;

/**
 * Every rule the system applies, with its basis and status: the rule rows of the deployed DMN tables and the legal
 * values of the seed files. Unconfirmed rules come first (after any without a basis), so the province sees what it
 * still has to confirm. Read afresh on each call: an administrator's redeployed table shows at once.
 */
@Component
public class RulesCatalogue {

    private static final Logger log = LoggerFactory.getLogger(RulesCatalogue.class);

    /** MISSING, then UNCONFIRMED, then CONFIRMED; within a status, by file and in the file's order. */
    static final Comparator<LegalRule> ORDER = Comparator.comparing(LegalRule::status);

    public record Listing(int total, long unconfirmed, long missing, List<LegalRule> rules) {
    }

    private final DecisionSources decisions;

    RulesCatalogue(DecisionSources decisions) {
        this.decisions = decisions;
    }

    public Listing list() {
        List<LegalRule> rules = new ArrayList<>();
        Map<String, byte[]> dmn = new TreeMap<>(decisions.deployedDmn());
        dmn.forEach((name, xml) -> rules.addAll(DmnRules.read(name, xml)));
        for (String file : SeedRules.FILES) {
            rules.addAll(SeedRules.read(file, Seeds.read(file, JsonNode.class)));
        }
        List<LegalRule> sorted = rules.stream().sorted(ORDER).toList();
        return new Listing(sorted.size(), count(sorted, RuleStatus.UNCONFIRMED), count(sorted, RuleStatus.MISSING), sorted);
    }

    private static long count(List<LegalRule> rules, RuleStatus status) {
        return rules.stream().filter(r -> r.status() == status).count();
    }

    /** One line at start-up: how many rules the province still has to confirm, and any without a basis. */
    @EventListener(ApplicationReadyEvent.class)
    void logAtStartUp() {
        Listing listing = list();
        if (listing.missing() > 0) {
            log.warn("Căn cứ pháp lý: {} quy tắc, {} chưa xác nhận, {} THIẾU căn cứ (/can-cu.html) / legal rules: {} in all, {} unconfirmed, {} without a basis",
                    listing.total(), listing.unconfirmed(), listing.missing(), listing.total(), listing.unconfirmed(), listing.missing());
        } else {
            log.info("Căn cứ pháp lý: {} quy tắc, {} chưa xác nhận (/can-cu.html) / legal rules: {} in all, {} unconfirmed",
                    listing.total(), listing.unconfirmed(), listing.total(), listing.unconfirmed());
        }
    }
}
