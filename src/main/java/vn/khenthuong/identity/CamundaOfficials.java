package vn.khenthuong.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;

/** Officials as Camunda's identity service knows them; roles and units come from group ids {@code role.unit}. */
@Component
class CamundaOfficials implements Officials {

    /** Roles without a unit that read everything; the provincial board and chairman read their province through its lineage. */
    private static final Set<String> PROVINCE_WIDE = Set.of(Roles.AUDITOR, Roles.ADMIN);
    private static final Object MEMO = CamundaOfficials.class.getName() + ".current";

    private final IdentityService identityService;
    private final Catalog catalog;

    CamundaOfficials(IdentityService identityService, Catalog catalog) {
        this.identityService = identityService;
        this.catalog = catalog;
    }

    @Override
    public Optional<Official> find(String userId) {
        return find(userId, null);
    }

    /** {@code groupIds} when already known for this request, else read. */
    private Optional<Official> find(String userId, List<String> groupIds) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = unchecked(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Official(userId, displayName(user),
                unitsByRole(groupIds != null ? groupIds : CamundaPasswordAuthentication.groupsOf(identityService, userId))));
    }

    @Override
    public String describe(String userId) {
        if (userId == null || userId.isBlank()) {
            return userId;
        }
        // Unchecked as find(): a reader of a dossier sees who acted on it by name, whatever their own right to read users.
        User user = unchecked(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String titles = unchecked(() -> identityService.createGroupQuery().groupMember(userId).orderByGroupName().asc().list()).stream()
                .map(g -> g.getName() == null ? g.getId() : g.getName()).collect(java.util.stream.Collectors.joining("; "));
        return displayName(user) + (titles.isEmpty() ? "" : " (" + titles + ")");
    }

    @Override
    public String groupName(String groupId) {
        org.camunda.bpm.engine.identity.Group group = groupId == null ? null : unchecked(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    /** Parses group ids: {@code commune-official.pusamcap} → commune-official: [pusamcap]; {@code auditor} → auditor: []. */
    static Map<String, Set<String>> unitsByRole(List<String> groupIds) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            int dot = groupId.indexOf('.');
            if (dot < 0) {
                roles.computeIfAbsent(groupId, r -> new LinkedHashSet<>());
            } else {
                roles.computeIfAbsent(groupId.substring(0, dot), r -> new LinkedHashSet<>()).add(groupId.substring(dot + 1));
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        roles.forEach((role, units) -> frozen.put(role, Set.copyOf(units)));
        return Map.copyOf(frozen);
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    @Override
    public Official current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("Chưa đăng nhập / nobody is signed in");
        }
        Map<String, Official> memo = transactionMemo();
        Official known = memo == null ? null : memo.get(auth.getName());
        if (known != null) {
            return known;
        }
        // The /api filter has just read this user's groups for the engine (EngineAuthenticationFilter): not again.
        org.camunda.bpm.engine.impl.identity.Authentication engine = identityService.getCurrentAuthentication();
        List<String> groups = engine != null && auth.getName().equals(engine.getUserId()) ? engine.getGroupIds() : null;
        Official official = find(auth.getName(), groups).orElseThrow(
                () -> new IllegalStateException("Người dùng '" + auth.getName() + "' không có trong Camunda / unknown user"));
        if (memo != null) {
            memo.put(auth.getName(), official);
        }
        return official;
    }

    /**
     * The officials already looked up in the current transaction (filing a dossier asks three times: the API, its
     * filing check and the engine's registration step), or null outside a transaction. Dropped at its end, so a
     * change of groups applies from the next request.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Official> transactionMemo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Official> memo = (Map<String, Official>) TransactionSynchronizationManager.getResource(MEMO);
        if (memo == null) {
            memo = new java.util.HashMap<>();
            TransactionSynchronizationManager.bindResource(MEMO, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MEMO);
                }
            });
        }
        return memo;
    }

    @Override
    public Optional<String> email(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? Optional.empty() : Optional.of(user.getEmail().trim());
    }

    @Override
    public List<String> members(String role, String unitCode) {
        return unchecked(() -> identityService.createUserQuery().memberOfGroup(Roles.group(role, unitCode)).orderByUserId().asc().list())
                .stream().map(User::getId).toList();
    }

    @Override
    public Map<String, String> memberNames(String role, String unitCode) {
        Map<String, String> names = new LinkedHashMap<>();
        unchecked(() -> identityService.createUserQuery().memberOfGroup(Roles.group(role, unitCode)).orderByUserId().asc().list())
                .forEach(user -> names.put(user.getId(), displayName(user)));
        return names;
    }

    /**
     * Who is in the identity store is a fact our features ask about (a decision's signer must be a chairman of its
     * level, a council's roster), not a read on the signed-in official's behalf: without their engine authorizations,
     * which do not let an official read other users.
     */
    private <T> T unchecked(java.util.function.Supplier<T> query) {
        org.camunda.bpm.engine.impl.identity.Authentication previous = identityService.getCurrentAuthentication();
        if (previous == null) {
            return query.get();
        }
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            identityService.setAuthentication(previous);
        }
    }

    @Override
    public boolean canRead(Official official, String unitCode) {
        if (official == null || unitCode == null) {
            return false;
        }
        if (official.unitsByRole().keySet().stream().anyMatch(PROVINCE_WIDE::contains)) {
            return true;
        }
        // The dossier's unit and its ancestors: an official reads their own unit and every unit below it.
        List<String> lineage = catalog.lineage(unitCode).stream().map(Unit::code).toList();
        return official.unitsByRole().values().stream().flatMap(Set::stream).anyMatch(lineage::contains);
    }
}
