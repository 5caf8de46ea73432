package vn.khenthuong.workflow.deployment;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the flow check refused: nothing of it was written. A {@link BadUserRequestException}, so that the REST
 * API answers 400 (as a problem detail, {@link FlowRefusals}) and the engine does not log it as its own failure.
 */
public class FlowRefusedException extends BadUserRequestException {

    public static final String TITLE = "Quy trình không được triển khai: kiểm tra trước khi triển khai phát hiện lỗi";
    public static final String TITLE_EN = "The flow was not deployed: the pre-deployment check found errors";

    private final transient List<FlowProblem> problems;

    public FlowRefusedException(List<FlowProblem> problems) {
        super(detail(problems) + " / " + detailEn(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FlowProblem> problems() {
        return problems;
    }

    public String detail() {
        return detail(problems);
    }

    public String detailEn() {
        return detailEn(problems);
    }

    private static String detail(List<FlowProblem> problems) {
        return "Không triển khai (không có gì được ghi), " + problems.size() + " lỗi: "
                + problems.stream().map(FlowProblem::message).collect(Collectors.joining("; "));
    }

    private static String detailEn(List<FlowProblem> problems) {
        return "Not deployed (nothing was written), " + problems.size() + " error(s): "
                + problems.stream().map(FlowProblem::messageEn).collect(Collectors.joining("; "));
    }
}
