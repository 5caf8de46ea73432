package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.khenthuong.catalog.Tier;

/** Every group of seeds/users.yaml is one the start-up creates (a unit × role of seeds/units.yaml, or a global group). */
class DemoUsersFileTest {

    @Test
    void everyDemoGroupIsAUnitRoleGroup() throws Exception {
        Set<String> groups = new HashSet<>(Set.of(Roles.AUDITOR, Roles.ADMIN));
        try (InputStream in = new ClassPathResource("seeds/units.yaml").getInputStream()) {
            for (JsonNode unit : new ObjectMapper(new YAMLFactory()).readTree(in).get("units")) {
                for (String role : IdentitySetup.ROLES_BY_TIER.get(Tier.valueOf(unit.get("tier").asText()))) {
                    groups.add(Roles.group(role, unit.get("code").asText()));
                }
            }
        }
        IdentitySetup.UsersFile file = IdentitySetup.readUsers();
        assertThat(file.users()).extracting(IdentitySetup.UserEntry::id).contains(
                "xa.pusamcap", "xa.phucthan", "huyen.sinho", "huyen.thanuyen", "hd.sinho.5", "hd.thanuyen.1",
                "tinh.thamdinh", "tinh.chutich", "thanhtra", "admin").doesNotHaveDuplicates();
        for (IdentitySetup.UserEntry user : file.users()) {
            assertThat(user.groups()).as(user.id()).isNotEmpty();
            assertThat(groups).as("groups of " + user.id()).containsAll(user.groups());
            assertThat(user.firstName()).as(user.id()).isNotBlank();
            assertThat(user.lastName()).as(user.id()).isNotBlank();
        }
        assertThat(groups).contains("council.sinho", "commune-official.pusamcap", "appraiser.laichau", "chairman.laichau");
    }

    @Test
    void groupIdsParseIntoRolesAndUnits() {
        assertThat(CamundaOfficials.unitsByRole(java.util.List.of("council.sinho", "district-officer.sinho", "auditor")))
                .containsEntry(Roles.COUNCIL_MEMBER, Set.of("sinho"))
                .containsEntry(Roles.DISTRICT_OFFICER, Set.of("sinho"))
                .containsEntry(Roles.AUDITOR, Set.of());
    }
}
