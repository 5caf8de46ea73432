package vn.khenthuong.workflow.tasklist;

import vn.khenthuong.workflow.NominationProcess;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static vn.khenthuong.workflow.NominationProcess.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per role, so an official's Tasklist is useful from the first login. Each filter is readable
 * by every group of its role ({@code role.unit}); which tasks it shows is still limited by the task
 * authorizations (candidate group per unit), so one filter per role serves every unit. Filters select by task
 * id, never by a variable (one join per variable). Brought in line at every start-up, after the groups exist.
 */
@Component
class TasklistFilters {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** Role prefixes of the groups (identity.Roles, repeated: workflow does not depend on identity). */
    static final String COMMUNE = "commune-official";
    static final String DISTRICT = "district-officer";
    static final String COUNCIL = "council";
    static final String COUNCIL_SECRETARY = "council-secretary";
    static final String APPRAISER = "appraiser";
    static final String CHAIRMAN = "chairman";
    static final String AUDITOR = "auditor";

    record Seed(String name, String description, String role, int priority, String color,
                UnaryOperator<TaskQuery> query) {
    }

    static final List<Seed> SEEDS = List.of(
            // First in the list, so that an official lands where the work is whatever step it waits at.
            new Seed("Việc cần làm của xã", "Mọi hồ sơ đang chờ cán bộ xã: hoàn thiện, bổ sung, cho ý kiến", COMMUNE, 0, "#3c763d",
                    q -> q.taskDefinitionKeyIn(PREPARE_DOSSIER, SUPPLEMENT_DOSSIER, COMMUNE_REVIEW)),
            new Seed("Hồ sơ cần hoàn thiện", "Hồ sơ mới lập hoặc bị trả lại: tải tài liệu rồi gửi", COMMUNE, 1, "#3c763d",
                    q -> q.taskDefinitionKeyIn(PREPARE_DOSSIER, SUPPLEMENT_DOSSIER)),
            new Seed("Hồ sơ chờ xã duyệt", "Hồ sơ chờ Ủy ban nhân dân xã cho ý kiến", COMMUNE, 2, "#31708f",
                    q -> q.taskDefinitionKeyIn(COMMUNE_REVIEW)),
            new Seed("Hồ sơ quá hạn bổ sung", "Hồ sơ tỉnh yêu cầu bổ sung đã quá hạn", COMMUNE, 3, "#a94442",
                    q -> q.taskDefinitionKeyIn(SUPPLEMENT_DOSSIER).dueBeforeExpression("${now()}")),
            new Seed("Hồ sơ chờ huyện thẩm tra", "Hồ sơ xã đã chuyển, chờ Phòng Nội vụ huyện", DISTRICT, 1, "#31708f",
                    q -> q.taskDefinitionKeyIn(DISTRICT_REVIEW)),
            new Seed("Phiếu bầu của tôi", "Hồ sơ chờ tôi biểu quyết trong Hội đồng Thi đua – Khen thưởng", COUNCIL, 1, "#8a6d3b",
                    q -> q.taskDefinitionKeyIn(COUNCIL_VOTE).taskAssigneeExpression("${currentUser()}")),
            new Seed("Phiên họp Hội đồng", "Ghi phiếu của thành viên vắng mặt, kết luận của Hội đồng", COUNCIL_SECRETARY, 1, "#8a6d3b",
                    q -> q.taskDefinitionKeyIn(RECORD_WRITTEN_BALLOTS, COUNCIL_CONCLUSION)),
            new Seed("Hồ sơ chờ tỉnh thẩm định", "Hồ sơ chờ Ban Thi đua – Khen thưởng tỉnh thẩm định", APPRAISER, 1, "#31708f",
                    q -> q.taskDefinitionKeyIn(PROVINCIAL_APPRAISAL)),
            new Seed("Việc cần làm của tỉnh", "Mọi hồ sơ đang chờ Ban Thi đua – Khen thưởng tỉnh: thẩm định, quá hạn bổ sung, ý kiến công khai",
                    APPRAISER, 0, "#31708f", q -> q.taskDefinitionKeyIn(PROVINCIAL_APPRAISAL, HANDLE_OVERDUE_SUPPLEMENTATION, ANSWER_DISCLOSURE_COMMENTS)),
            // Not "Hồ sơ quá hạn bổ sung" as the communes' filter: an administrator sees both (FORMER_NAMES).
            new Seed("Xử lý hồ sơ quá hạn bổ sung", "Hồ sơ đơn vị chưa bổ sung đúng hạn", APPRAISER, 2, "#a94442",
                    q -> q.taskDefinitionKeyIn(HANDLE_OVERDUE_SUPPLEMENTATION)),
            new Seed("Ý kiến công khai cần trả lời", "Ý kiến góp ý trong thời gian công khai danh sách", APPRAISER, 3, "#31708f",
                    q -> q.taskDefinitionKeyIn(ANSWER_DISCLOSURE_COMMENTS)),
            new Seed("Hồ sơ chờ quyết định khen thưởng", "Hồ sơ chờ Chủ tịch UBND ký quyết định khen thưởng", CHAIRMAN, 1, "#31708f",
                    q -> q.taskDefinitionKeyIn(DECISION)),
            new Seed("Nhiệm vụ quá hạn", "Mọi nhiệm vụ đã quá hạn xử lý", AUDITOR, 1, "#a94442",
                    q -> q.dueBeforeExpression("${now()}")));

    /** Filters renamed since an earlier release, by role: the old one is renamed in place, not left beside the new one. */
    static final Map<String, Map<String, String>> FORMER_NAMES = Map.of(APPRAISER, Map.of("Hồ sơ quá hạn bổ sung", "Xử lý hồ sơ quá hạn bổ sung"));

    /** The few variables each filter shows in the list: nominee, unit, award (the award is also in the task name). */
    static final List<Map<String, String>> LIST_VARIABLES = List.of(
            Map.of("name", NominationProcess.LIST_NOMINEE, "label", "Đối tượng"),
            Map.of("name", NominationProcess.LIST_UNIT, "label", "Đơn vị"),
            Map.of("name", NominationProcess.LIST_AWARD, "label", "Hình thức khen thưởng"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    private final String catchAllFilterName;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
                    AuthorizationService authorizationService,
                    CamundaBpmProperties camunda) {
        // Camunda's catch-all filter (camunda.bpm.filter.create), created by the starter; none when unset.
        this.catchAllFilterName = camunda.getFilter().getCreate() == null ? "" : camunda.getFilter().getCreate();
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 200) // after identity.IdentitySetup has created the groups
    void setUp() {
        moveTheCatchAllFilterLast();
        List<Group> groups = identityService.createGroupQuery().list();
        for (Seed seed : SEEDS) {
            Filter filter = ensure(seed);
            groups.stream()
                    .filter(g -> g.getId().equals(seed.role()) || g.getId().startsWith(seed.role() + "."))
                    .forEach(g -> grantRead(g.getId(), filter.getId()));
        }
        log.info("Tasklist filters ready ({})", SEEDS.size());
    }

    /**
     * The "all tasks" filter the starter creates (camunda.bpm.filter.create) comes after the role filters, so
     * an official lands on their own work, and shows the same list variables.
     */
    private void moveTheCatchAllFilterLast() {
        if (catchAllFilterName.isBlank()) {
            return;
        }
        for (Filter filter : filterService.createTaskFilterQuery().filterName(catchAllFilterName).list()) {
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
            properties.put("priority", 100);
            properties.put("variables", LIST_VARIABLES);
            properties.putIfAbsent("description", "Mọi nhiệm vụ bạn được xem");
            filter.setProperties(properties);
            filterService.saveFilter(filter);
        }
    }

    private Filter ensure(Seed seed) {
        FORMER_NAMES.getOrDefault(seed.role(), Map.of()).forEach((former, current) -> {
            if (current.equals(seed.name())) {
                filterService.createTaskFilterQuery().filterName(former).list().stream()
                        .filter(f -> seed.role().equals(f.getProperties().get("role"))).forEach(f -> {
                            f.setName(current);
                            filterService.saveFilter(f);
                        });
            }
        });
        Filter filter = filterService.createTaskFilterQuery().filterName(seed.name()).list().stream()
                .filter(f -> seed.role().equals(f.getProperties().get("role")))
                .findFirst()
                .orElseGet(() -> filterService.newTaskFilter(seed.name()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", seed.description());
        properties.put("priority", seed.priority());
        properties.put("color", seed.color());
        properties.put("refresh", true);
        properties.put("role", seed.role());
        properties.put("variables", LIST_VARIABLES);
        filter.setProperties(properties);
        filter.setQuery(seed.query().apply(taskService.createTaskQuery()));
        return filterService.saveFilter(filter);
    }

    private void grantRead(String groupId, String filterId) {
        long existing = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(Resources.FILTER).resourceId(filterId).count();
        if (existing > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }
}
