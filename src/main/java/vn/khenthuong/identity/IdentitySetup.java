package vn.khenthuong.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.input.YamlFiles;

/**
 * Brings Camunda's identity tables in line with the catalogue at every start-up: a group per unit and role,
 * the global groups, their authorizations, and either the demo users (seeds/users.yaml) or an initial
 * administrator from properties. Idempotent: existing groups, users and grants are kept and completed.
 * Runs before the sample dossier seeder (which listens to the same event with the lowest precedence).
 */
@Component
class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    static final String USERS_FILE = "seeds/users.yaml";
    static final String PROCESS_KEY = "nomination";
    static final String BLOCK_YEAR_END_KEY = "blockYearEnd";
    static final String REVOCATION_KEY = "revocation";

    static final Map<Tier, List<String>> ROLES_BY_TIER = Map.of(
            // Communes have their own council and chairman's decisions (and, since 1 July 2025, the district's).
            Tier.COMMUNE, List.of(Roles.COMMUNE_OFFICIAL, Roles.COUNCIL_MEMBER, Roles.COUNCIL_SECRETARY, Roles.CHAIRMAN),
            Tier.DISTRICT, List.of(Roles.DISTRICT_OFFICER, Roles.COUNCIL_MEMBER, Roles.COUNCIL_SECRETARY, Roles.CHAIRMAN),
            Tier.PROVINCE, List.of(Roles.APPRAISER, Roles.CHAIRMAN, Roles.COUNCIL_MEMBER, Roles.COUNCIL_SECRETARY));

    private static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.COMMUNE_OFFICIAL, "Cán bộ thi đua, khen thưởng",
            Roles.DISTRICT_OFFICER, "Cán bộ thi đua, khen thưởng",
            Roles.COUNCIL_MEMBER, "Hội đồng Thi đua – Khen thưởng",
            Roles.COUNCIL_SECRETARY, "Thư ký Hội đồng Thi đua – Khen thưởng",
            Roles.APPRAISER, "Ban Thi đua – Khen thưởng (thẩm định)",
            Roles.CHAIRMAN, "Chủ tịch UBND");

    record UserEntry(String id, String firstName, String lastName, String email, List<String> groups) {
    }

    record UsersFile(String password, List<UserEntry> users) {
    }

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final Catalog catalog;
    private final boolean demoUsers;
    private final AdminProperties admin;
    private final String defaultFilterName;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
                  Catalog catalog,
                  SeedProperties seeds, AdminProperties admin, CamundaBpmProperties camunda) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.catalog = catalog;
        this.demoUsers = seeds.demoUsers();
        this.admin = admin;
        this.defaultFilterName = camunda.getFilter().getCreate() == null ? "" : camunda.getFilter().getCreate();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    void setUp() {
        Map<String, String> groups = expectedGroups();
        groups.forEach(this::ensureGroup);
        groups.keySet().forEach(this::grant);
        if (demoUsers) {
            UsersFile file = readUsers();
            file.users().forEach(u -> ensureUser(u, file.password(), groups));
            log.info("Demo users ready ({}), password as in {}", file.users().size(), USERS_FILE);
        } else if (admin.wanted()) {
            ensureUser(new UserEntry(admin.user(), "Quản trị", "hệ thống", null, List.of(Roles.ADMIN)), admin.password(), groups);
            log.info("Initial administrator '{}' ready", admin.user());
        }
    }

    /** Group id → display name for every unit × applicable role, plus the global groups. */
    Map<String, String> expectedGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Unit unit : catalog.units()) {
            for (String role : ROLES_BY_TIER.get(unit.tier())) {
                groups.put(Roles.group(role, unit.code()), ROLE_NAMES.get(role) + " – " + unit.name());
            }
        }
        groups.put(Roles.AUDITOR, "Thanh tra, kiểm tra (chỉ đọc)");
        groups.put(Roles.ADMIN, "Quản trị hệ thống");
        return groups;
    }

    static UsersFile readUsers() {
        try (InputStream in = new ClassPathResource(USERS_FILE).getInputStream()) {
            UsersFile file = YamlFiles.read(in, UsersFile.class);
            if (file == null || file.users() == null || file.password() == null || file.password().isBlank()) {
                throw new IllegalStateException(USERS_FILE + ": users and password are required");
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(USERS_FILE + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void ensureGroup(String id, String name) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        String type = typeOf(id);
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    /**
     * Camunda shows a group's type as it is stored (Admin → Groups) and reads nothing from it: Vietnamese words rather
     * than its WORKFLOW / SYSTEM.
     */
    static String typeOf(String groupId) {
        return Roles.ADMIN.equals(groupId) ? "Hệ thống" : "Nghiệp vụ";
    }

    private void ensureUser(UserEntry entry, String password, Map<String, String> groups) {
        User user = identityService.createUserQuery().userId(entry.id()).singleResult();
        if (user == null) {
            user = identityService.newUser(entry.id());
            user.setPassword(password); // hashed by Camunda
            apply(user, entry);
            identityService.saveUser(user);
        } else if (changed(user, entry)) {
            apply(user, entry); // the password of an existing user is never reset
            identityService.saveUser(user);
        }
        for (String group : entry.groups()) {
            if (!groups.containsKey(group)) {
                throw new IllegalStateException(USERS_FILE + ", user '" + entry.id() + "': unknown group '" + group + "'");
            }
            if (identityService.createUserQuery().userId(entry.id()).memberOfGroup(group).count() == 0) {
                identityService.createMembership(entry.id(), group);
            }
        }
    }

    private static void apply(User user, UserEntry entry) {
        user.setFirstName(entry.firstName());
        user.setLastName(entry.lastName());
        user.setEmail(entry.email());
    }

    private static boolean changed(User user, UserEntry entry) {
        return !java.util.Objects.equals(user.getFirstName(), entry.firstName())
                || !java.util.Objects.equals(user.getLastName(), entry.lastName())
                || !java.util.Objects.equals(user.getEmail(), entry.email());
    }

    private void grant(String groupId) {
        if (Roles.ADMIN.equals(groupId)) {
            // The engine lets camunda-admin run admin-only commands, but queries still check
            // authorizations: like Camunda's own admin-user set-up, grant ALL on every resource.
            for (Resources resource : Resources.values()) {
                grant(groupId, resource, "*", Permissions.ALL);
            }
            return;
        }
        String defaultFilter = defaultFilterId();
        if (Roles.AUDITOR.equals(groupId)) {
            // Read-only everywhere; never UPDATE, TASK_WORK or anything that changes state.
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(groupId, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
            grant(groupId, Resources.TASK, "*", TaskPermissions.READ);
            grant(groupId, Resources.DEPLOYMENT, "*", Permissions.READ);
            grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
            grant(groupId, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
            grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
            grant(groupId, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
            // An auditor must see who the actors were and which unit and role they acted for.
            grant(groupId, Resources.USER, "*", Permissions.READ);
            grant(groupId, Resources.GROUP, "*", Permissions.READ);
        } else {
            grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // READ shows the process name in Tasklist; READ_INSTANCE is not granted: it would show other units' instances.
            grant(groupId, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ);
            if (groupId.startsWith(Roles.COMMUNE_OFFICIAL + ".")) {
                grant(groupId, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(groupId, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
            }
            // The block's year end (blockYearEnd): started by an officer of the year's head unit (a district, or a commune
            // from 1 July 2025) or the provincial board; BlockYearEnds.open refuses anyone else. Tasks come by candidate group.
            boolean blockOfficer = groupId.startsWith(Roles.DISTRICT_OFFICER + ".") || groupId.startsWith(Roles.COMMUNE_OFFICIAL + ".");
            boolean board = groupId.startsWith(Roles.APPRAISER + ".")
                    && catalog.unit(groupId.substring(Roles.APPRAISER.length() + 1)).map(Unit::tier).filter(t -> t == Tier.PROVINCE).isPresent();
            if (blockOfficer || board) {
                grant(groupId, Resources.PROCESS_DEFINITION, BLOCK_YEAR_END_KEY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(groupId, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
            }
            // Annulment of an award (revocation): started by the provincial board only (Revocations.open checks the award's
            // province too); chairmen read the definition to see its name in Tasklist. Tasks come by candidate group.
            if (board) {
                grant(groupId, Resources.PROCESS_DEFINITION, REVOCATION_KEY, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            } else if (groupId.startsWith(Roles.CHAIRMAN + ".")) {
                grant(groupId, Resources.PROCESS_DEFINITION, REVOCATION_KEY, ProcessDefinitionPermissions.READ);
            }
        }
        if (defaultFilter != null) {
            grant(groupId, Resources.FILTER, defaultFilter, Permissions.READ);
        }
    }

    private String defaultFilterId() {
        if (defaultFilterName.isBlank()) {
            return null;
        }
        List<Filter> filters = filterService.createTaskFilterQuery().filterName(defaultFilterName).list();
        return filters.isEmpty() ? null : filters.get(0).getId();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

}
