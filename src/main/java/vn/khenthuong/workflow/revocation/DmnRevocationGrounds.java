package vn.khenthuong.workflow.revocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;
import vn.khenthuong.revocation.RevocationGround;
import vn.khenthuong.revocation.RevocationGrounds;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.LatestDecisions;

/**
 * Reads processes/revocationGround.dmn, its latest deployed version: a code is a ground when the table answers for it;
 * the list is the table's rows in their order (the codes of its input entries, each evaluated).
 */
@Component
class DmnRevocationGrounds implements RevocationGrounds {

    private final LatestDecisions latest;
    private final RepositoryService repositoryService;

    private final IdentityService identityService;

    DmnRevocationGrounds(LatestDecisions latest, RepositoryService repositoryService, IdentityService identityService) {
        this.latest = latest;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
    }

    @Override
    public Optional<RevocationGround> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        DmnDecisionResultEntries first = latest.evaluate(RevocationProcess.GROUND_DECISION, Map.of("groundCode", code)).result().getFirstResult();
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new RevocationGround(code, (String) first.getEntry("groundLabel"), (String) first.getEntry("clause"),
                Boolean.TRUE.equals(first.getEntry("recoverMoney"))));
    }

    @Override
    public List<RevocationGround> all() {
        // Reference data every official's step applies: read without Camunda's decision-definition authorization, as
        // LatestDecisions evaluates it.
        DmnModelInstance model = ActingUser.asSystem(identityService,
                () -> repositoryService.getDmnModelInstance(latest.idOf(RevocationProcess.GROUND_DECISION)));
        List<RevocationGround> grounds = new ArrayList<>();
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            for (InputEntry entry : rule.getInputEntries()) {
                String code = entry.getText().getTextContent().trim().replace("\"", "");
                find(code).ifPresent(grounds::add);
            }
        }
        return grounds;
    }
}
