package vn.khenthuong.workflow.deployment;

/** The rules of the flow check ({@link FlowCheck}), each with what it asks for in Vietnamese and English. */
public enum FlowRule {
    FORM_MISSING("biểu mẫu của bước phải có trong bản triển khai hoặc trên máy chủ",
            "a step's form must be in the deployment or on the server"),
    FORM_VARIABLE_NOT_ALLOWED("biểu mẫu chỉ được gửi biến mà danh sách biến cho phép của bước nhận (processes/*.form-variables.yaml)",
            "a form may only bind variables the step's allow-list accepts (processes/*.form-variables.yaml)"),
    DELEGATE_UNKNOWN("delegateExpression phải gọi tên một bean có trong ứng dụng, camunda:class phải là một lớp có thật",
            "a delegate expression must name a bean of the application, a class must exist"),
    NO_CANDIDATE_ROLE("nhiệm vụ người dùng phải có nhóm ứng viên theo một vai trò đã biết (vai-trò.mã-đơn-vị) hoặc người được giao",
            "a user task needs a candidate group of a known role (role.unitCode) or an assignee"),
    DECISION_MISSING("bảng quyết định mà bước dùng phải có trong bản triển khai hoặc trên máy chủ",
            "the decision table a step uses must be in the deployment or on the server"),
    DECISION_INPUT_MISSING("bảng quyết định chỉ được hỏi những đầu vào mà bước cung cấp",
            "a decision table may only ask for inputs the step supplies"),
    GATEWAY_FLOW_WITHOUT_CONDITION("mỗi nhánh ra của cổng rẽ nhánh, trừ nhánh mặc định, phải có điều kiện",
            "every outgoing flow of a gateway, except the default one, needs a condition"),
    GATEWAY_NO_WAY_OUT("cổng rẽ nhánh phải có ít nhất một nhánh ra", "a gateway needs at least one outgoing flow"),
    NO_DIAGRAM_SHAPE("mỗi phần tử phải có hình trên sơ đồ (nếu không, Modeler không hiển thị được)",
            "every element needs a shape in the diagram (else Modeler cannot show it)"),
    TIMER_INVALID("biểu thức hẹn giờ phải đọc được (ngày giờ ISO 8601, khoảng thời gian, chu kỳ hoặc biểu thức ${...})",
            "a timer expression must parse (ISO 8601 date, duration, cycle or a ${...} expression)"),
    SCRIPT_NOT_CONFIRMED("quy trình có script chỉ được triển khai khi quản trị viên đã bật khenthuong.flows.allow-scripts",
            "a flow with a script deploys only when the administrator enabled khenthuong.flows.allow-scripts");

    private final String vi;
    private final String en;

    FlowRule(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
