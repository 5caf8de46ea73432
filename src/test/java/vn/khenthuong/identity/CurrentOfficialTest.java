package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The signed-in official is looked up once per transaction, and afresh in the next one. */
@SpringBootTest
@ActiveProfiles("test")
class CurrentOfficialTest {

    @Autowired Officials officials;
    @Autowired IdentityService identityService;
    @Autowired TransactionTemplate transactions;

    static final String EXTRA = Roles.group(Roles.COMMUNE_OFFICIAL, "phucthan");

    @AfterEach
    void cleanUp() {
        identityService.deleteMembership("xa.pusamcap", EXTRA);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGroupChangeAppliesFromTheNextTransactionNotInTheMiddleOfOne() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("xa.pusamcap", null, List.of()));
        transactions.executeWithoutResult(status -> {
            assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactly("pusamcap");
            identityService.createMembership("xa.pusamcap", EXTRA);
            // The same official for the rest of this transaction (a filing checks the filer three times).
            assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactly("pusamcap");
        });
        transactions.executeWithoutResult(status ->
                assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactlyInAnyOrder("pusamcap", "phucthan"));
        // Outside a transaction nothing is kept either.
        identityService.deleteMembership("xa.pusamcap", EXTRA);
        assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactly("pusamcap");
    }

    @Test
    void theGroupsTheApiFilterReadForTheEngineAreNotReadAgain() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("xa.pusamcap", null, List.of()));
        try {
            // As EngineAuthenticationFilter leaves it for the request: read from Camunda a moment ago, taken as they are.
            identityService.setAuthentication("xa.pusamcap", List.of(Roles.group(Roles.COMMUNE_OFFICIAL, "pusamcap"), EXTRA));
            assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactlyInAnyOrder("pusamcap", "phucthan");
            // Without them (a call outside /api), Camunda's memberships.
            identityService.clearAuthentication();
            assertThat(officials.current().unitsAs(Roles.COMMUNE_OFFICIAL)).containsExactly("pusamcap");
        } finally {
            identityService.clearAuthentication();
        }
    }
}
