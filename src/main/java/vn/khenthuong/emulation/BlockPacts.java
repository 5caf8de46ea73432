package vn.khenthuong.emulation;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;

/**
 * Emulation blocks' years and their pacts: read by everyone who needs them, defined and changed by the callers
 * the API lets through. Every write checks {@link PactRules} first (nothing is half-written) and publishes
 * {@link PactDefined} or {@link PactChanged}, which the audit writes in the same transaction.
 */
@Service
public class BlockPacts {

    private final JdbcPacts store;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    BlockPacts(JdbcPacts store, Catalog catalog, ApplicationEventPublisher events) {
        this.store = store;
        this.catalog = catalog;
        this.events = events;
    }

    /** The blocks of a year (every year when {@code year} is null), newest year first. */
    @Transactional(readOnly = true)
    public List<BlockSummary> blocks(Integer year) {
        return store.summaries(year);
    }

    @Transactional(readOnly = true)
    public Optional<Pact> pact(String blockCode, int year) {
        return store.find(blockCode, year);
    }

    /** Defines a new block year with its pact; 409 when that block already has that year. */
    @Transactional
    public Pact define(Pact pact, String actor) {
        PactRules.check(pact, catalog::unit);
        if (store.exists(pact.blockCode(), pact.year())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khối " + pact.blockCode() + " năm " + pact.year()
                    + " đã có; hãy sửa thay vì tạo mới / block " + pact.blockCode() + " " + pact.year() + " already exists");
        }
        store.insert(pact);
        events.publishEvent(new PactDefined(pact.blockCode(), pact.year(), actor, pact.headUnit(), pact.members(), codes(pact)));
        return store.find(pact.blockCode(), pact.year()).orElseThrow();
    }

    /** Replaces a block year and its pact with what is given; 404 when it does not exist. */
    @Transactional
    public Pact change(Pact pact, String actor) {
        PactRules.check(pact, catalog::unit);
        if (!store.lock(pact.blockCode(), pact.year())) {
            throw notFound(pact.blockCode(), pact.year());
        }
        Pact before = store.find(pact.blockCode(), pact.year()).orElseThrow();
        store.replace(pact);
        events.publishEvent(new PactChanged(pact.blockCode(), pact.year(), actor, before.headUnit(), pact.headUnit(), before.members(),
                pact.members(), codes(pact)));
        return store.find(pact.blockCode(), pact.year()).orElseThrow();
    }

    static ResponseStatusException notFound(String blockCode, int year) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có khối thi đua " + blockCode + " năm " + year
                + " / no emulation block " + blockCode + " for " + year);
    }

    private static List<String> codes(Pact pact) {
        return pact.indicators().stream().map(Indicator::code).toList();
    }
}
