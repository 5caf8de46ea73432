package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.Nominations;
import vn.khenthuong.nomination.RegisteredDossier;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Stores the dossier of the start form in our tables and keeps only its code and routing facts in the process.
 * A refused dossier ({@link InvalidDossierException}) is thrown as {@link DossierRefusedException}: the start then
 * fails as a whole (no instance, no row) and the caller sees the reasons, as a 400 through Camunda's REST API.
 * The filer is the initiator, which the engine takes from the signed-in user ({@code camunda:initiator}); the
 * variable guard refuses a start that tries to name it.
 */
@Component("registerDossierDelegate")
class RegisterDossierDelegate implements JavaDelegate {

    private final Nominations nominations;
    private final RouteDecisions routes;

    RegisterDossierDelegate(Nominations nominations, RouteDecisions routes) {
        this.nominations = nominations;
        this.routes = routes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String filedBy = (String) execution.getVariable(INITIATOR);
        if (filedBy == null) {
            throw new IllegalStateException("Không xác định được người lập hồ sơ: cần đăng nhập / no authenticated user");
        }
        String signedIn = ActingUser.current(execution.getProcessEngineServices().getIdentityService());
        if (!"system".equals(signedIn) && !filedBy.equals(signedIn)) {
            throw new IllegalStateException("Người lập hồ sơ phải là người đăng nhập / the filer must be the signed-in user");
        }
        RegisteredDossier dossier;
        try {
            Object headUnit = execution.getVariable(BLOCK_HEAD_UNIT);
            dossier = headUnit == null ? nominations.register(DossierVariables.of(execution), filedBy)
                    : nominations.registerBlockProposal(DossierVariables.of(execution), headUnit.toString(), filedBy);
        } catch (InvalidDossierException refused) {
            throw new DossierRefusedException(refused);
        }
        // The routing fields are set again below, from the stored dossier.
        execution.removeVariables(DossierVariables.FORM_ONLY);
        execution.setProcessBusinessKey(dossier.code());
        execution.setVariable(NOMINATION_CODE, dossier.code());
        execution.setVariable(UNIT_CODE, dossier.unitCode());
        execution.setVariable(DISTRICT_CODE, dossier.districtCode());
        execution.setVariable(PROVINCE_CODE, dossier.provinceCode());
        execution.setVariable(AWARD_KIND_CODE, dossier.awardKindCode());
        execution.setVariable(NOMINEE_NAME, dossier.nomineeName());
        execution.setVariable(NOMINEE_KIND, dossier.nomineeKind());
        execution.setVariable(PROCEDURE_KIND, dossier.procedureKind());
        execution.setVariable(TIER_MODEL, dossier.tierModel());
        execution.setVariable(ORIGIN, dossier.origin());
        // Refuse now, with nothing stored, a dossier the route table has no way for (the transaction rolls back);
        // the route read here is kept for the steps that follow.
        routes.routeOf(execution);
    }
}
