package vn.khenthuong.workflow.adapter;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engine;

    CamundaNominationWorkflow(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                              RepositoryService repositoryService, ProcessEngineConfigurationImpl engine) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.engine = engine;
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

    /**
     * As {@link #start}, with the head unit as one more transient variable: registerDossier files the dossier as the
     * block's proposal (origin BLOCK). Only this trusted call can set it; the variable guard refuses it from any form.
     */
    @Override
    public String startBlockProposal(NewDossier dossier, String headUnit, String userId) {
        try {
            java.util.Map<String, Object> variables = DossierVariables.of(dossier);
            variables.put(NominationProcess.BLOCK_HEAD_UNIT, org.camunda.bpm.engine.variable.Variables.stringValue(headUnit, true));
            ProcessInstance instance = EngineCalls.trusted(() -> ActingUser.as(identityService, userId,
                    () -> runtimeService.startProcessInstanceByKey(NominationProcess.PROCESS_KEY, variables)));
            return instance.getBusinessKey();
        } catch (DossierRefusedException refused) {
            throw refused.reasons();
        }
    }

    /**
     * The same starts as {@link #start}, one per dossier, as nested commands of one engine command: the engine writes
     * what they created in one flush (each kind of row as one JDBC batch) instead of one flush per start, and reads
     * the latest definition, the user's groups and the revoke check once. Each start still runs registerDossier
     * (which refuses a filer who may not file for the dossier's commune) and its listeners as the user. The engine's
     * authorization check of a start (CREATE on process instances, CREATE_INSTANCE on the definition: two SELECTs of
     * the grants) is made once for the chunk, by the engine's own command checkers, before any start: it asks the same
     * question for every start of the chunk (one user, one definition, one command), so the starts then run without
     * asking it again. A refused user or dossier fails the command: nothing of any of them is written (the caller's
     * transaction rolls back).
     */
    @Override
    public List<String> startAll(List<NewDossier> dossiers, String userId) {
        try {
            return EngineCalls.trusted(() -> ActingUser.as(identityService, userId, () -> engine.getCommandExecutorTxRequired().execute(context -> {
                ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NominationProcess.PROCESS_KEY)
                        .latestVersion().withoutTenantId().singleResult();
                if (latest == null) {
                    throw new ProcessEngineException("No deployed process " + NominationProcess.PROCESS_KEY + " that " + userId + " may read");
                }
                ProcessDefinitionEntity definition = engine.getDeploymentCache().findDeployedProcessDefinitionById(latest.getId());
                engine.getCommandCheckers().forEach(checker -> checker.checkCreateProcessInstance(definition));
                return ActingUser.withoutAuthorizationChecks(context, () -> {
                    List<String> codes = new ArrayList<>(dossiers.size());
                    for (NewDossier dossier : dossiers) {
                        codes.add(runtimeService.startProcessInstanceById(definition.getId(), DossierVariables.of(dossier)).getBusinessKey());
                    }
                    return codes;
                });
            })));
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
