package vn.khenthuong.work;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.workflow.ProcessDriver;

/**
 * Brings nominations to the provincial board's appraisal and to the provincial chairman's decision the short way a
 * real dossier can take: a Bằng khen of the provincial chairman for an ad hoc achievement (commune, district,
 * province appraises, chairman decides; no council), each step completed by its demo official.
 */
public class WaitingDossiers {

    public final ProcessDriver driver;
    private final NominationWorkflow workflow;

    public WaitingDossiers(RuntimeService runtime, TaskService tasks, IdentityService identity, NominationWorkflow workflow, JdbcTemplate jdbc,
                           Ballots ballots) {
        this.driver = new ProcessDriver(runtime, tasks, identity, workflow, jdbc, ballots);
        this.workflow = workflow;
    }

    public static NewDossier adHoc(String nominee) {
        return new NewDossier("BK_TINH", null, "AD_HOC", NomineeKind.INDIVIDUAL, nominee, ProcessDriver.nextIdNumber(), 1985, "MALE",
                "Trưởng bản Pu Sam Cáp", "Bản Pu Sam Cáp, xã Pu Sam Cáp", null, null, null,
                "Dũng cảm cứu người bị lũ cuốn trôi tại suối Nậm Na. Tích cực tham gia phòng chống thiên tai.", 2019);
    }

    /** A nomination waiting at provincialAppraisal; returns its code. */
    public String atAppraisal(String nominee) {
        String code = workflow.start(adHoc(nominee), "xa.pusamcap");
        driver.attachRequiredDocuments(code);
        driver.complete("xa.pusamcap", code, "prepareDossier", Map.of());
        driver.review("xa.pusamcap", code, "communeReview", "approve", "Đủ điều kiện");
        driver.review("huyen.sinho", code, "districtReview", "approve", "Đề nghị tỉnh khen");
        if (!workflow.currentSteps(code).contains("provincialAppraisal")) {
            throw new AssertionError(code + " waits at " + workflow.currentSteps(code));
        }
        return code;
    }

    /** A nomination waiting at the provincial chairman's decision; returns its code. */
    public String atDecision(String nominee) {
        String code = atAppraisal(nominee);
        driver.review("tinh.thamdinh", code, "provincialAppraisal", "approve", null);
        if (!workflow.currentSteps(code).contains("decision")) {
            throw new AssertionError(code + " waits at " + workflow.currentSteps(code));
        }
        return code;
    }

    public String taskId(String code, String taskKey) {
        return driver.task(code, taskKey, null).getId();
    }
}
