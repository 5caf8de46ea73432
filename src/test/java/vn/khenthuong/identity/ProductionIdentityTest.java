package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Without demo users, only the administrator named in the properties exists, with the groups of every unit. */
@SpringBootTest(properties = {"khenthuong.seeds.demo-users=false", "khenthuong.admin.user=quantri",
        "khenthuong.admin.password=Mat-khau-dai-1"})
@ActiveProfiles("test")
class ProductionIdentityTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    Officials officials;

    @Test
    void onlyTheConfiguredAdministratorExists() {
        assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("quantri");
        assertThat(identityService.checkPassword("quantri", "Mat-khau-dai-1")).isTrue();
        assertThat(officials.find("quantri").orElseThrow().hasRole(Roles.ADMIN)).isTrue();
        assertThat(identityService.createGroupQuery().groupId("commune-official.pusamcap").count()).isEqualTo(1);
        assertThat(officials.find("xa.pusamcap")).isEmpty();
    }
}
