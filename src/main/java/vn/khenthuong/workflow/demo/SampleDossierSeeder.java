package vn.khenthuong.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khenthuong.workflow.guard.EngineCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.SeedProperties;
import vn.khenthuong.input.YamlFiles;
import vn.khenthuong.workflow.DossierVariables;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Demo profile: files the dossiers of seeds/sample-dossiers.yaml and carries each one, as the demo users,
 * to the step where a new user finds it in Tasklist. Runs once the application is ready (after the
 * identity and catalogue seeds) and skips dossiers seeded before, so restarts on the same database add nothing.
 */
@Component
@ConditionalOnProperty(name = SeedProperties.SAMPLE_DOSSIERS, havingValue = "true")
class SampleDossierSeeder {

    private static final Logger log = LoggerFactory.getLogger(SampleDossierSeeder.class);
    /** Process variable marking a seeded instance, for idempotence. */
    static final String SAMPLE_KEY = "sampleDossier";
    static final String FILE = "seeds/sample-dossiers.yaml";

    record Document(String kind, String file) {
    }

    record Step(String task, String by, Map<String, Object> with) {
    }

    record Sample(String key, String waitsAt, String filedBy, Map<String, Object> dossier, List<Document> documents, List<Step> steps) {
    }

    /** {@code standIns}: names the seeder acts under, with their groups, where the demo has no such user. */
    record Samples(Map<String, List<String>> standIns, List<Sample> dossiers) {
    }

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ObjectProvider<SampleDocuments> documents;

    SampleDossierSeeder(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                        IdentityService identityService, ObjectProvider<SampleDocuments> documents) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.documents = documents;
    }

    private Map<String, List<String>> standIns = Map.of();

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void seed() {
        Samples samples = load();
        standIns = samples.standIns() == null ? Map.of() : samples.standIns();
        standIns.forEach(this::ensureStandIn);
        for (Sample sample : samples.dossiers()) {
            if (historyService.createHistoricProcessInstanceQuery().variableValueEquals(SAMPLE_KEY, sample.key()).count() > 0) {
                continue;
            }
            try {
                String code = seed(sample);
                log.info("Sample dossier {} seeded as {}", sample.key(), code);
            } catch (RuntimeException e) {
                // A demo sample must not keep the application from starting; the log says what to fix.
                log.error("Không tạo được hồ sơ mẫu {} / sample dossier not seeded: {}", sample.key(), e.getMessage(), e);
            }
        }
    }

    String seed(Sample sample) {
        Map<String, Object> variables = DossierVariables.of(DossierVariables.read(sample.dossier()));
        variables.put(SAMPLE_KEY, sample.key());
        ProcessInstance instance = as(sample.filedBy(),
                () -> runtimeService.startProcessInstanceByKey(NominationProcess.PROCESS_KEY, variables));
        String code = instance.getBusinessKey();
        SampleDocuments attacher = documents.getIfAvailable();
        for (Document document : sample.documents()) {
            if (attacher == null) {
                log.warn("Sample {}: no document service, {} not attached", sample.key(), document.file());
                continue;
            }
            attacher.attach(code, document.kind(), "seeds/documents/" + document.file(), sample.filedBy());
        }
        for (Step step : sample.steps()) {
            Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.task())
                    .list().stream()
                    .filter(t -> t.getAssignee() == null || t.getAssignee().equals(step.by()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Sample " + sample.key() + ": no task " + step.task() + " for " + step.by()));
            Map<String, Object> with = step.with() == null ? Map.of() : new HashMap<>(step.with());
            as(step.by(), () -> {
                taskService.complete(task.getId(), with);
                return null;
            });
        }
        List<String> waiting = taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).distinct().toList();
        // A council meeting also holds its secretary's task beside the members' ballots.
        if (!waiting.contains(sample.waitsAt())) {
            throw new IllegalStateException("Sample " + sample.key() + " waits at " + waiting + ", not at " + sample.waitsAt()
                    + (waiting.contains(NominationProcess.PREPARE_DOSSIER) ? " (dossier refused: " + runtimeService.getVariable(instance.getId(), NominationProcess.PROBLEMS) + ")" : ""));
        }
        return code;
    }

    /**
     * A commune without a demo official still needs a filer the dossier service recognises: an account in the
     * commune's group with a long random password that is never shown or logged, so nobody can sign in as it
     * (an account without any password made sign-in fail with 500). Only the demo seeds create one.
     */
    void ensureStandIn(String userId, List<String> groups) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getPassword() == null) {
            if (user == null) {
                user = identityService.newUser(userId);
                user.setFirstName("Tài khoản mẫu");
                user.setLastName("(không đăng nhập được)");
            }
            user.setPassword(randomPassword());
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createGroupQuery().groupId(group).count() == 0) {
                throw new IllegalStateException("Không có nhóm " + group + " / unknown group " + group);
            }
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private <T> T as(String userId, java.util.function.Supplier<T> work) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new IllegalStateException("Không có người dùng " + userId + " / unknown user " + userId);
        }
        // Trusted by the variable guard: the samples are ours (they carry sampleKey and a council's votes).
        return EngineCalls.trusted(() -> ActingUser.as(identityService, userId, work));
    }

    static Samples load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return YamlFiles.read(in, Samples.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
