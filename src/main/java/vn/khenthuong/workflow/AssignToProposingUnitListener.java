package vn.khenthuong.workflow;

import static vn.khenthuong.workflow.NominationProcess.ORIGIN;
import static vn.khenthuong.workflow.NominationProcess.UNIT_CODE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.nomination.DossierOrigin;

/**
 * Gives the proposing unit's own steps (completing and supplementing the dossier) to the officers who filed it. The
 * diagram names the commune's officials, which is right for every unit's dossier; a block's proposal is the head
 * unit's, and while the head is a district (2019) nobody holds {@code commune-official.<district>}: without this, an
 * appraiser's request for more documents would wait for no one. The candidate group is swapped on creation, so
 * Camunda's task grants follow it.
 */
@Component
class AssignToProposingUnitListener implements TaskListener {

    private final Catalog catalog;

    AssignToProposingUnitListener(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void notify(DelegateTask task) {
        DossierOrigin origin = DossierOrigin.of((String) task.getVariable(ORIGIN));
        String unitCode = (String) task.getVariable(UNIT_CODE);
        String role = catalog.unit(unitCode).map(Unit::tier).map(origin::filingRole).orElse(Roles.COMMUNE_OFFICIAL);
        if (role.equals(Roles.COMMUNE_OFFICIAL)) {
            return;
        }
        String diagramGroup = Roles.COMMUNE_OFFICIAL + "." + unitCode;
        if (task instanceof TaskEntity entity) {
            // The task is not written yet: DelegateTask.deleteCandidateGroup looks the link up in the database and finds
            // nothing, so the link the diagram added is removed from the new task itself (its insert is cancelled;
            // history records it added and deleted).
            List<IdentityLinkEntity> links = entity.getIdentityLinks().stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && diagramGroup.equals(l.getGroupId())).toList();
            links.forEach(IdentityLinkEntity::delete);
            entity.getIdentityLinks().removeAll(links);
        } else {
            task.deleteCandidateGroup(diagramGroup);
        }
        task.addCandidateGroup(role + "." + unitCode);
    }
}
