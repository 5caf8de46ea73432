package vn.khenthuong.workflow.adapter;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.workflow.guard.EngineCalls;
import vn.khenthuong.workflow.DossierRefusedException;
import vn.khenthuong.workflow.DossierVariables;
import vn.khenthuong.workflow.NominationProcess;
import vn.khenthuong.workflow.engine.ActingUser;

/** Our API's way into the process: start a nomination, see where it waits. */
@Service
class CamundaNominationWorkflow implements NominationWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    CamundaNominationWorkflow(RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /**
     * Starts as {@code userId} so that the initiator, the history and the authorizations are theirs. The
     * registerDossier step runs in the same transaction: an invalid dossier throws and leaves nothing behind.
     */
    @Override
    public String start(NewDossier dossier, String userId) {
        // Trusted by the variable guard: the dossier travels as one transient variable our service built and checks.
        try {
            ProcessInstance instance = EngineCalls.trusted(() -> ActingUser.as(identityService, userId,
                    () -> runtimeService.startProcessInstanceByKey(NominationProcess.PROCESS_KEY, DossierVariables.of(dossier))));
            return instance.getBusinessKey();
        } catch (DossierRefusedException refused) {
            throw refused.reasons();
        }
    }

    /** Steps are public knowledge for whoever may read the dossier, so the query ignores task authorizations. */
    @Override
    public List<String> currentSteps(String code) {
        return ActingUser.asSystem(identityService, () -> taskService.createTaskQuery().processInstanceBusinessKey(code).active().list()
                .stream().map(Task::getTaskDefinitionKey).distinct().sorted().toList());
    }
}
