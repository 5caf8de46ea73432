package vn.khenthuong.workflow.demo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.emulation.BlockPacts;
import vn.khenthuong.emulation.BlockResultsSeed;
import vn.khenthuong.emulation.BlockYearEnds;
import vn.khenthuong.emulation.YearEndWorkflow;
import vn.khenthuong.workflow.block.BlockYearEndProcess;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Demo profile: opens the 2019 year end of the block of districts (head: Phong Thổ) as its officer and brings it to
 * where a newcomer can walk it: five members' results (seeds/block-results-2019.yaml) submitted and accepted; Sìn Hồ's
 * and Phong Thổ's submitted, waiting at the head unit's check (huyen.phongtho); Than Uyên's entered as a draft,
 * waiting for its officer to submit (huyen.thanuyen). Skipped when the 2019 year end exists, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = SeedProperties.SAMPLE_DOSSIERS, havingValue = "true")
class BlockYearEndSeeder {

    private static final Logger log = LoggerFactory.getLogger(BlockYearEndSeeder.class);

    static final String HEAD_OFFICER = "huyen.phongtho";
    /** The demo officer of each member unit (seeds/users.yaml). */
    static final Map<String, String> OFFICERS = Map.of("phongtho", "huyen.phongtho", "tp-laichau", "huyen.tplaichau", "tanuyen", "huyen.tanuyen",
            "tamduong", "huyen.tamduong", "muongte", "huyen.muongte", "sinho", "huyen.sinho", "namnhun", "huyen.namnhun", "thanuyen",
            "huyen.thanuyen");
    static final List<String> ACCEPTED = List.of("tp-laichau", "tanuyen", "tamduong", "muongte", "namnhun");
    static final List<String> WAITING_FOR_CHECK = List.of("sinho", "phongtho");
    static final String DRAFT = "thanuyen";

    private final BlockYearEnds yearEnds;
    private final BlockPacts pacts;
    private final YearEndWorkflow workflow;
    private final TaskService taskService;
    private final IdentityService identityService;

    BlockYearEndSeeder(BlockYearEnds yearEnds, BlockPacts pacts, YearEndWorkflow workflow, TaskService taskService, IdentityService identityService) {
        this.yearEnds = yearEnds;
        this.pacts = pacts;
        this.workflow = workflow;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    public void seed() {
        try {
            BlockResultsSeed seed = BlockResultsSeed.read(pacts);
            if (yearEnds.find(seed.block(), seed.year()).isPresent()) {
                return;
            }
            String instance = workflow.start(seed.block(), seed.year(), HEAD_OFFICER);
            for (String unit : List.of("tp-laichau", "tanuyen", "tamduong", "muongte", "namnhun", "sinho", "phongtho", DRAFT)) {
                BlockResultsSeed.Member m = seed.members().get(unit);
                String officer = OFFICERS.get(unit);
                yearEnds.saveFor(officer, seed.block(), seed.year(), unit, m.leaderName(), m.staffCount(), m.values());
                if (unit.equals(DRAFT)) {
                    continue;
                }
                complete(officer, task(instance, BlockYearEndProcess.ENTER_RESULTS, unit), Map.of());
                if (ACCEPTED.contains(unit)) {
                    complete(HEAD_OFFICER, task(instance, BlockYearEndProcess.CHECK_RESULTS, unit),
                            Map.of(BlockYearEndProcess.OUTCOME, BlockYearEndProcess.ACCEPT));
                }
            }
            log.info("Demo year end {} {} waits at the head unit's check ({}) and {}'s entry", seed.block(), seed.year(), WAITING_FOR_CHECK, DRAFT);
        } catch (RuntimeException e) {
            // A demo sample must not keep the application from starting; the log says what to fix.
            log.error("Không tạo được lượt tổng kết năm mẫu / demo block year end not seeded: {}", e.getMessage(), e);
        }
    }

    private Task task(String instance, String key, String unit) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list().stream()
                .filter(t -> unit.equals(taskService.getVariable(t.getId(), BlockYearEndProcess.MEMBER_UNIT))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + key + " for " + unit));
    }

    /** As the demo user, with their groups: their authorizations and the variable guard apply as in Tasklist. */
    private void complete(String userId, Task task, Map<String, Object> variables) {
        ActingUser.as(identityService, userId, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }
}
