package vn.khenthuong.workflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.khenthuong.identity.Roles;
import vn.khenthuong.workflow.engine.CandidateGroupSource;
import vn.khenthuong.workflow.engine.DecisionTableUse;
import vn.khenthuong.workflow.guard.FormVariableAllowList;
import vn.khenthuong.workflow.guard.FormVariableAllowList.Rule;

/**
 * The check every deployment passes before anything of it is written ({@link FlowCheckDeployer}): each rule of
 * {@link FlowRule} over the diagrams, forms, allow-lists and decision tables of the deployment, with what the server
 * already has ({@link Environment}). Returns every problem found, not only the first, so that an administrator fixes
 * a diagram in one round.
 */
final class FlowCheck {

    /** Roles whose groups ({@code role.unitCode}) may be a user task's candidates; the auditor only reads. */
    static final Set<String> UNIT_ROLES = Set.of(Roles.COMMUNE_OFFICIAL, Roles.DISTRICT_OFFICER, Roles.COUNCIL_MEMBER,
            Roles.COUNCIL_SECRETARY, Roles.APPRAISER, Roles.CHAIRMAN);

    static final List<String> DEPLOYMENT_FORM_PREFIXES = List.of("embedded:deployment:", "camunda-forms:deployment:", "deployment:");

    private static final String CAMUNDA_NS = BpmnModelConstants.CAMUNDA_NS;
    private static final String BPMN_NS = BpmnModelConstants.BPMN20_NS;
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bcam-variable-name=\"([^\"]+)\"[^>]*>");
    private static final Pattern TYPE = Pattern.compile("\\bcam-variable-type=\"([^\"]+)\"");
    private static final Pattern ROOT = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(.*)\\}\\s*$", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.\"])([A-Za-z_][A-Za-z0-9_]*)(?![\\w\"])\\s*(\\()?");
    private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "if", "then", "else", "for",
            "in", "return", "some", "every", "satisfies", "instance", "of", "between", "cellInput", "date", "time", "duration");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server has besides the deployment, and the engine's parsers. */
    interface Environment {
        /** A deployed or shipped file of that name, for a resource the deployment lacks. */
        Optional<byte[]> serverResource(String name);

        /** The {@code .dmn} file holding the latest deployed decision of that key. */
        Optional<byte[]> decisionOnServer(String key);

        boolean camundaFormOnServer(String key);

        boolean beanExists(String name);

        /** The bean, when it exists and is of the type. */
        <T> Optional<T> bean(String name, Class<T> type);

        boolean classExists(String className);

        /** Throws with the parser's message when the timer text does not parse. */
        void parseTimer(String kind, String text);

        boolean scriptsAllowed();

        /** Every delegate of the application that evaluates a table itself. */
        Collection<DecisionTableUse> decisionUses();
    }

    private final Map<String, byte[]> resources;
    private final Environment environment;
    private final List<FlowProblem> problems = new ArrayList<>();
    private final Map<String, DmnModelInstance> deployedDecisions = new LinkedHashMap<>();

    private FlowCheck(Map<String, byte[]> resources, Environment environment) {
        this.resources = resources;
        this.environment = environment;
    }

    /** The problems of a deployment's resources (name → content); empty when it may go live. */
    static List<FlowProblem> check(Map<String, byte[]> resources, Environment environment) {
        FlowCheck check = new FlowCheck(resources, environment);
        check.run();
        return List.copyOf(check.problems);
    }

    static boolean isDiagram(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    static boolean isDecision(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    private void run() {
        resources.forEach((name, bytes) -> {
            if (isDecision(name)) {
                try {
                    deployedDecisions.put(name, Dmn.readModelFromStream(new ByteArrayInputStream(bytes)));
                } catch (RuntimeException e) {
                    // The engine's own parser reports a table it cannot read, with its line and column.
                }
            }
        });
        // A table deployed alone (an administrator changing a threshold in Modeler) must still get its inputs.
        deployedDecisions.forEach((name, model) -> {
            for (DecisionTableUse use : environment.decisionUses()) {
                if (model.getModelElementById(use.decisionKey()) instanceof Decision decision) {
                    checkInputs(name, decision, use);
                }
            }
        });
        resources.forEach((name, bytes) -> {
            if (isDiagram(name)) {
                BpmnModelInstance model;
                try {
                    model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
                } catch (RuntimeException e) {
                    return; // the engine's parser refuses it with its own message
                }
                checkDiagram(name, model);
            }
        });
    }

    private void problem(String resource, ModelElementInstance element, FlowRule rule, String detail, String detailEn) {
        problems.add(new FlowProblem(resource, label(element), rule, detail, detailEn));
    }

    private static String label(ModelElementInstance element) {
        if (element == null) {
            return "—";
        }
        String id = element.getAttributeValue("id");
        String name = element.getAttributeValue("name");
        String kind = element.getElementType().getTypeName();
        return kind + " " + (id == null ? "(không có id)" : id) + (name == null || name.isBlank() ? "" : " „" + name.strip() + "“");
    }

    private void checkDiagram(String resource, BpmnModelInstance model) {
        FormVariableAllowList allowList = allowList(resource);
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof Process) {
                checkForm(resource, start, start.getCamundaFormKey(), start.getCamundaFormRef(), allowList);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkForm(resource, task, task.getCamundaFormKey(), task.getCamundaFormRef(), allowList);
            checkCandidates(resource, task);
        }
        walk(resource, model, model.getDocument().getRootElement(), null);
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkBusinessRule(resource, task);
        }
        // From the flows' sourceRef: a diagram need not list <outgoing> children (ours do not).
        Map<Gateway, List<SequenceFlow>> outgoing = new LinkedHashMap<>();
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
            outgoing.put(gateway, new ArrayList<>());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource() instanceof Gateway source) {
                outgoing.computeIfAbsent(source, g -> new ArrayList<>()).add(flow);
            }
        }
        outgoing.forEach((gateway, flows) -> checkGateway(resource, gateway, flows));
        checkShapes(resource, model);
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            checkTimer(resource, timer);
        }
    }

    private FormVariableAllowList allowList(String diagram) {
        String name = FormVariableAllowList.resourceNameFor(diagram);
        byte[] bytes = resources.get(name);
        if (bytes == null) {
            bytes = environment.serverResource(name).orElse(null);
        }
        return bytes == null ? null : FormVariableAllowList.parse(new ByteArrayInputStream(bytes));
    }

    // Forms ---------------------------------------------------------------------------------------------------------

    private void checkForm(String resource, FlowNode step, String formKey, String formRef, FormVariableAllowList allowList) {
        if (formRef != null && !formRef.isBlank()) {
            if (!formRef.contains("${") && !formInDeployment(formRef) && !environment.camundaFormOnServer(formRef)) {
                problem(resource, step, FlowRule.FORM_MISSING, "không có biểu mẫu Camunda Forms có id „" + formRef + "“",
                        "no Camunda form with id '" + formRef + "'");
            }
            return;
        }
        if (formKey == null || formKey.isBlank()) {
            return;
        }
        String name = deploymentResourceOf(formKey);
        if (name == null) {
            return; // embedded:app: and other keys are served by the web application, not by a deployment
        }
        byte[] form = resources.get(name);
        if (form == null) {
            form = environment.serverResource(name).orElse(null);
        }
        if (form == null) {
            problem(resource, step, FlowRule.FORM_MISSING, "biểu mẫu „" + name + "“ (" + formKey + ") không có trong bản triển khai lẫn trên máy chủ",
                    "form '" + name + "' (" + formKey + ") is neither in the deployment nor on the server");
            return;
        }
        Map<String, String> fields = name.endsWith(".form") ? camundaFormFields(form) : htmlFields(form);
        String stepId = step.getId();
        Map<String, Rule> accepted = allowList == null ? Map.of() : allowList.variablesOf(stepId);
        fields.forEach((variable, type) -> {
            Rule rule = accepted.get(variable);
            if (rule == null) {
                String why = allowList == null ? "không có tệp " + FormVariableAllowList.resourceNameFor(resource)
                        : accepted.isEmpty() ? "bước này không nhận biến nào" : "chỉ nhận " + String.join(", ", accepted.keySet());
                String whyEn = allowList == null ? "there is no " + FormVariableAllowList.resourceNameFor(resource)
                        : accepted.isEmpty() ? "this step accepts no variable" : "accepted: " + String.join(", ", accepted.keySet());
                problem(resource, step, FlowRule.FORM_VARIABLE_NOT_ALLOWED, "biểu mẫu " + name + " gửi biến „" + variable
                        + "“ mà danh sách biến cho phép của bước không nhận (" + why + ")",
                        "form " + name + " binds variable '" + variable + "' that the step's allow-list does not accept (" + whyEn + ")");
            } else if (type != null && !type.equals(rule.type().name())) {
                problem(resource, step, FlowRule.FORM_VARIABLE_NOT_ALLOWED, "biểu mẫu " + name + " gửi „" + variable + "“ kiểu " + type
                        + " nhưng danh sách biến cho phép khai báo kiểu " + rule.type(),
                        "form " + name + " sends '" + variable + "' as " + type + " but the allow-list declares " + rule.type());
            }
        });
    }

    static String deploymentResourceOf(String formKey) {
        for (String prefix : DEPLOYMENT_FORM_PREFIXES) {
            if (formKey.startsWith(prefix)) {
                return formKey.substring(prefix.length());
            }
        }
        return null;
    }

    private boolean formInDeployment(String formId) {
        return resources.entrySet().stream().filter(e -> e.getKey().endsWith(".form"))
                .anyMatch(e -> formId.equals(readJson(e.getValue()).path("id").asText(null)));
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** Variable name → cam-variable-type (String when absent) of an embedded HTML form. */
    static Map<String, String> htmlFields(byte[] html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(new String(html, StandardCharsets.UTF_8));
        while (m.find()) {
            Matcher type = TYPE.matcher(m.group());
            fields.put(m.group(2), type.find() ? type.group(1) : "String");
        }
        return fields;
    }

    /** Keys of a Camunda Forms (.form) file's fields; their type is the form's business, not checked here. */
    private static Map<String, String> camundaFormFields(byte[] json) {
        Map<String, String> fields = new LinkedHashMap<>();
        collectKeys(readJson(json), fields);
        return fields;
    }

    private static void collectKeys(JsonNode node, Map<String, String> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), null);
            }
            collectKeys(component, fields);
        }
    }

    // Candidates ----------------------------------------------------------------------------------------------------

    private void checkCandidates(String resource, UserTask task) {
        if (task.getCamundaAssignee() != null && !task.getCamundaAssignee().isBlank()) {
            return; // given to one person (a council member's ballot)
        }
        List<String> groups = splitGroups(task.getCamundaCandidateGroups());
        if (groups.stream().anyMatch(this::knownRoleGroup)) {
            return;
        }
        problem(resource, task, FlowRule.NO_CANDIDATE_ROLE, groups.isEmpty() ? "không có nhóm ứng viên nên không ai nhận được nhiệm vụ"
                        : "nhóm ứng viên „" + String.join(", ", groups) + "“ không thuộc vai trò nào đã biết (" + String.join(", ", sorted(UNIT_ROLES)) + ")",
                groups.isEmpty() ? "no candidate group: nobody could claim the task"
                        : "candidate groups '" + String.join(", ", groups) + "' match no known role (" + String.join(", ", sorted(UNIT_ROLES)) + ")");
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** Splits at commas outside ${...}: an expression's arguments stay together. */
    static List<String> splitGroups(String groups) {
        List<String> result = new ArrayList<>();
        if (groups == null) {
            return result;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : groups.toCharArray()) {
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        result.removeIf(String::isEmpty);
        return result;
    }

    private boolean knownRoleGroup(String group) {
        if (Roles.ADMIN.equals(group)) {
            return true;
        }
        int dot = group.indexOf('.');
        if (!group.startsWith("${") && !group.startsWith("#{") && dot > 0) {
            String unit = group.substring(dot + 1);
            return UNIT_ROLES.contains(group.substring(0, dot))
                    && (unit.matches("[A-Za-z0-9_-]+") || unit.matches("[$#]\\{[^}]+\\}"));
        }
        Matcher root = ROOT.matcher(group);
        if (root.matches()) {
            return environment.bean(root.group(1), CandidateGroupSource.class)
                    .map(source -> !source.candidateRoles().isEmpty() && UNIT_ROLES.containsAll(source.candidateRoles()))
                    .orElse(false);
        }
        return false;
    }

    // Delegates and scripts -----------------------------------------------------------------------------------------

    /** Every element and extension (listeners included), with the nearest element that has an id. */
    private void walk(String resource, BpmnModelInstance model, DomElement element, ModelElementInstance owner) {
        String id = element.getAttribute("id");
        if (id != null && model.getModelElementById(id) instanceof BaseElement base) {
            owner = base;
        }
        String delegate = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (delegate != null) {
            checkDelegateExpression(resource, owner, delegate);
        }
        String className = element.getAttribute(CAMUNDA_NS, "class");
        if (className != null && !className.isBlank() && !environment.classExists(className.strip())) {
            problem(resource, owner, FlowRule.DELEGATE_UNKNOWN, "không có lớp „" + className + "“ (camunda:class)",
                    "no class '" + className + "' (camunda:class)");
        }
        if (!environment.scriptsAllowed()) {
            String script = scriptOf(element);
            if (script != null) {
                problem(resource, owner, FlowRule.SCRIPT_NOT_CONFIRMED, script + ": quản trị viên chưa cho phép script",
                        script + ": the administrator has not allowed scripts");
            }
        }
        for (DomElement child : element.getChildElements()) {
            walk(resource, model, child, owner);
        }
    }

    private static String scriptOf(DomElement element) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMN_NS.equals(ns) && "scriptTask".equals(local)) {
            return "nhiệm vụ script (scriptTask)";
        }
        if (CAMUNDA_NS.equals(ns) && "script".equals(local)) {
            return "script trong phần mở rộng camunda:script";
        }
        if (BPMN_NS.equals(ns) && ("conditionExpression".equals(local) || "condition".equals(local)) && element.getAttribute("language") != null) {
            return "điều kiện viết bằng script (language=" + element.getAttribute("language") + ")";
        }
        return null;
    }

    private void checkDelegateExpression(String resource, ModelElementInstance owner, String expression) {
        Matcher root = ROOT.matcher(expression);
        if (!root.matches()) {
            problem(resource, owner, FlowRule.DELEGATE_UNKNOWN, "delegateExpression „" + expression + "“ không phải biểu thức ${tênBean}",
                    "delegate expression '" + expression + "' is not a ${beanName} expression");
            return;
        }
        String bean = root.group(1);
        if (!environment.beanExists(bean)) {
            problem(resource, owner, FlowRule.DELEGATE_UNKNOWN, "delegateExpression „" + expression + "“ gọi bean „" + bean + "“ không có trong ứng dụng",
                    "delegate expression '" + expression + "' names bean '" + bean + "', which the application does not have");
            return;
        }
        environment.bean(bean, DecisionTableUse.class).ifPresent(use -> checkDecisionUse(resource, owner, use));
    }

    // Decision tables -----------------------------------------------------------------------------------------------

    private void checkBusinessRule(String resource, BusinessRuleTask task) {
        String ref = task.getCamundaDecisionRef();
        boolean implemented = task.getCamundaDelegateExpression() != null || task.getCamundaClass() != null
                || task.getCamundaExpression() != null || task.getCamundaType() != null;
        if (ref == null || ref.isBlank()) {
            if (!implemented) {
                problem(resource, task, FlowRule.DECISION_MISSING, "nhiệm vụ quy tắc nghiệp vụ không chỉ ra bảng quyết định nào (camunda:decisionRef)",
                        "the business rule task names no decision (camunda:decisionRef)");
            }
            return;
        }
        if (!ref.contains("${") && !ref.contains("#{") && decisionModel(ref) == null) {
            problem(resource, task, FlowRule.DECISION_MISSING, "không có bảng quyết định „" + ref + "“ trong bản triển khai lẫn trên máy chủ",
                    "decision '" + ref + "' is neither in the deployment nor on the server");
        }
    }

    private void checkDecisionUse(String resource, ModelElementInstance owner, DecisionTableUse use) {
        Decision decision = decisionModel(use.decisionKey());
        if (decision == null) {
            problem(resource, owner, FlowRule.DECISION_MISSING, "bước dùng bảng quyết định „" + use.decisionKey()
                    + "“ nhưng bảng này không có trong bản triển khai lẫn trên máy chủ",
                    "the step uses decision '" + use.decisionKey() + "', which is neither in the deployment nor on the server");
            return;
        }
        if (!deployedDecisions.values().contains(decision.getModelInstance())) {
            checkInputs(resource, owner, decision, use);
        }
    }

    private void checkInputs(String resource, Decision decision, DecisionTableUse use) {
        checkInputs(resource, decision, decision, use);
    }

    private void checkInputs(String resource, ModelElementInstance owner, Decision decision, DecisionTableUse use) {
        Set<String> missing = new java.util.TreeSet<>(neededInputs(decision));
        missing.removeAll(use.suppliedInputs());
        if (!missing.isEmpty()) {
            problem(resource, owner, FlowRule.DECISION_INPUT_MISSING, "bảng „" + use.decisionKey() + "“ hỏi " + String.join(", ", missing)
                            + " nhưng bước chỉ cung cấp " + String.join(", ", sorted(use.suppliedInputs())),
                    "decision '" + use.decisionKey() + "' asks for " + String.join(", ", missing) + " but the step supplies only "
                            + String.join(", ", sorted(use.suppliedInputs())));
        }
    }

    /** The decision of that key: in this deployment first, else the latest deployed one. */
    private Decision decisionModel(String key) {
        for (DmnModelInstance model : deployedDecisions.values()) {
            Decision decision = model.getModelElementById(key) instanceof Decision d ? d : null;
            if (decision != null) {
                return decision;
            }
        }
        return environment.decisionOnServer(key).map(bytes -> {
            try {
                return Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementById(key) instanceof Decision d ? d : null;
            } catch (RuntimeException e) {
                return null;
            }
        }).orElse(null);
    }

    /** The variables a decision table's input expressions and output entries read (function names and FEEL words aside). */
    static Set<String> neededInputs(Decision decision) {
        Set<String> needed = new HashSet<>();
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            return needed;
        }
        Set<String> local = new HashSet<>();
        for (Input input : table.getInputs()) {
            if (input.getCamundaInputVariable() != null) {
                local.add(input.getCamundaInputVariable());
            }
            if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
                needed.addAll(identifiers(input.getInputExpression().getText().getTextContent()));
            }
        }
        for (OutputEntry entry : table.getModelInstance().getModelElementsByType(OutputEntry.class)) {
            if (entry.getText() != null && isWithin(entry, table)) {
                needed.addAll(identifiers(entry.getText().getTextContent()));
            }
        }
        needed.removeAll(local);
        return needed;
    }

    private static boolean isWithin(ModelElementInstance element, ModelElementInstance ancestor) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> identifiers(String expression) {
        Set<String> names = new HashSet<>();
        if (expression == null) {
            return names;
        }
        String withoutStrings = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        Matcher m = IDENTIFIER.matcher(withoutStrings);
        while (m.find()) {
            String name = m.group(1);
            if (m.group(2) == null && !FEEL_WORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    // Gateways, shapes, timers --------------------------------------------------------------------------------------

    private void checkGateway(String resource, Gateway gateway, List<SequenceFlow> outgoing) {
        if (outgoing.isEmpty()) {
            problem(resource, gateway, FlowRule.GATEWAY_NO_WAY_OUT, "cổng không có nhánh ra nào: hồ sơ đến đây sẽ kẹt lại",
                    "the gateway has no outgoing flow: a case reaching it gets stuck");
            return;
        }
        if (outgoing.size() < 2 || !(gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway)) {
            return;
        }
        SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway x ? x.getDefault() : ((InclusiveGateway) gateway).getDefault();
        for (SequenceFlow flow : outgoing) {
            if (!flow.equals(defaultFlow) && flow.getConditionExpression() == null) {
                problem(resource, gateway, FlowRule.GATEWAY_FLOW_WITHOUT_CONDITION, "nhánh „" + flow.getId()
                                + "“ không có điều kiện và không phải nhánh mặc định",
                        "flow '" + flow.getId() + "' has no condition and is not the default flow");
            }
        }
    }

    private void checkShapes(String resource, BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                drawn.add(shape.getBpmnElement().getId());
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                drawn.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                problem(resource, node, FlowRule.NO_DIAGRAM_SHAPE, "phần tử không có hình trên sơ đồ (bpmndi:BPMNShape)",
                        "the element has no shape in the diagram (bpmndi:BPMNShape)");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                problem(resource, flow, FlowRule.NO_DIAGRAM_SHAPE, "luồng không có đường trên sơ đồ (bpmndi:BPMNEdge)",
                        "the flow has no edge in the diagram (bpmndi:BPMNEdge)");
            }
        }
    }

    private void checkTimer(String resource, TimerEventDefinition timer) {
        ModelElementInstance event = timer.getParentElement();
        String[][] parts = {
                {"timeDate", timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent()},
                {"timeDuration", timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent()},
                {"timeCycle", timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent()}};
        boolean any = false;
        for (String[] part : parts) {
            if (part[1] == null) {
                continue;
            }
            any = true;
            String text = part[1].strip();
            try {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("empty");
                }
                environment.parseTimer(part[0], text);
            } catch (RuntimeException e) {
                problem(resource, event, FlowRule.TIMER_INVALID, part[0] + " „" + text + "“ không đọc được (" + e.getMessage() + ")",
                        part[0] + " '" + text + "' does not parse (" + e.getMessage() + ")");
            }
        }
        if (!any) {
            problem(resource, event, FlowRule.TIMER_INVALID, "hẹn giờ không có timeDate, timeDuration hay timeCycle",
                    "the timer has no timeDate, timeDuration or timeCycle");
        }
    }
}
