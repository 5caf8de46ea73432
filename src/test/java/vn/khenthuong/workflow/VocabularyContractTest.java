package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.khenthuong.council.Vote;
import vn.khenthuong.nomination.Labels;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;
import vn.khenthuong.nomination.StepAnswer;
import vn.khenthuong.nomination.StepOutcome;

/**
 * Every value the diagram, the decision tables and the forms use for a closed set is a constant of its Java type,
 * so a value added on one side only fails here instead of in a running process.
 */
class VocabularyContractTest {

    private static final Path BPMN = Path.of("processes/nomination.bpmn");
    private static final Set<StepOutcome> REVIEW_OUTCOMES = StepAnswer.REVIEW_ANSWERS;

    @Test
    void reviewOutcomesOfFormsAndDiagramAreStepOutcomes() throws IOException {
        Set<String> forms = new TreeSet<>();
        for (String form : List.of("communeReview", "districtReview", "provincialAppraisal")) {
            forms.addAll(options(form, "outcome"));
        }
        Set<String> diagram = compared(OUTCOME);
        assertThat(forms).isEqualTo(diagram).isEqualTo(values(REVIEW_OUTCOMES.stream().map(StepOutcome::value)));
        assertThat(forms).allSatisfy(v -> assertThat(StepOutcome.find(v)).as(v).isPresent());
    }

    @Test
    void overdueActionsOfFormAndDiagramAreWhatTheListenerTakes() throws IOException {
        Set<String> form = options("handleOverdueSupplementation", "overdueAction");
        assertThat(form).isEqualTo(compared(OVERDUE_ACTION))
                .isEqualTo(values(StepAnswer.OVERDUE_ACTIONS.stream().map(StepOutcome::value)));
    }

    @Test
    void votesOfTheBallotFormsAreVotes() throws IOException {
        Set<String> all = values(Arrays.stream(Vote.values()).map(Vote::value));
        assertThat(options("councilVote", "ballot")).isEqualTo(all);
        assertThat(options("recordWrittenBallots", "writtenVote")).isEqualTo(all);
    }

    @Test
    void kindsOfTheStartFormAreTheJavaTypes() throws IOException {
        assertThat(options("startNomination", "procedureKind")).isEqualTo(values(Arrays.stream(ProcedureKind.values()).map(ProcedureKind::value)));
        assertThat(options("startNomination", "nomineeKind")).isEqualTo(values(Arrays.stream(NomineeKind.values()).map(NomineeKind::value)));
    }

    @Test
    void formsShowTheLabelsOfTheTypes() throws IOException {
        Map<String, String> votes = Arrays.stream(Vote.values()).collect(Collectors.toMap(Vote::value, Vote::label));
        assertThat(optionLabels("councilVote", "ballot")).isEqualTo(votes);
        assertThat(optionLabels("recordWrittenBallots", "writtenVote")).isEqualTo(votes);
        assertThat(optionLabels("startNomination", "procedureKind"))
                .isEqualTo(Arrays.stream(ProcedureKind.values()).collect(Collectors.toMap(ProcedureKind::value, ProcedureKind::label)));
        assertThat(optionLabels("startNomination", "nomineeKind"))
                .isEqualTo(Arrays.stream(NomineeKind.values()).collect(Collectors.toMap(NomineeKind::value, NomineeKind::label)));
    }

    @Test
    void decisionTablesTestOnlyKnownKinds() throws Exception {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path dmn : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                for (String value : inputEntries(dmn, PROCEDURE_KIND)) {
                    assertThat(ProcedureKind.find(value)).as(dmn + ": procedureKind " + value).isPresent();
                    checked.add(value);
                }
                for (String value : inputEntries(dmn, NOMINEE_KIND)) {
                    assertThat(NomineeKind.find(value)).as(dmn + ": nomineeKind " + value).isPresent();
                    checked.add(value);
                }
            }
        }
        assertThat(checked).as("the tables test some kinds").contains("PERIODIC");
    }

    @Test
    void seedsUseOnlyKnownValues() throws IOException {
        String kinds = Files.readString(Path.of("seeds/award-kinds.yaml"), StandardCharsets.UTF_8);
        List<String> nominees = Pattern.compile("(?m)^\\s*nomineeKinds: \\[([^\\]]*)]").matcher(kinds).results()
                .flatMap(m -> Arrays.stream(m.group(1).split(","))).map(String::trim).toList();
        assertThat(nominees).isNotEmpty().allSatisfy(v -> assertThat(NomineeKind.find(v)).as("award-kinds.yaml: " + v).isPresent());

        String samples = Files.readString(Path.of("seeds/sample-dossiers.yaml"), StandardCharsets.UTF_8);
        assertThat(yamlValues(samples, "procedureKind")).isNotEmpty().allSatisfy(v -> assertThat(ProcedureKind.find(v)).as(v).isPresent());
        assertThat(yamlValues(samples, "nomineeKind")).isNotEmpty().allSatisfy(v -> assertThat(NomineeKind.find(v)).as(v).isPresent());
        assertThat(yamlValues(samples, "outcome")).isNotEmpty().allSatisfy(v -> assertThat(REVIEW_OUTCOMES).as(v).contains(StepOutcome.fromValue(v)));
        assertThat(yamlValues(samples, "vote")).isNotEmpty().allSatisfy(v -> assertThat(Vote.find(v)).as(v).isPresent());

        String deadlines = Files.readString(Path.of("seeds/deadlines.yaml"), StandardCharsets.UTF_8);
        assertThat(yamlValues(deadlines.replaceAll("(?m)#.*$", ""), "procedure")).isNotEmpty()
                .allSatisfy(v -> assertThat(ProcedureKind.find(v)).as("deadlines.yaml: " + v).isPresent());
    }

    /** Values of {@code key: value} (plain or quoted) anywhere in a YAML text. */
    private static List<String> yamlValues(String yaml, String key) {
        return Pattern.compile("\\b" + key + ": \"?([A-Za-z_]+)").matcher(yaml).results().map(m -> m.group(1)).toList();
    }

    @Test
    void everyUserTaskHasARowInTheStepTable() throws IOException {
        String bpmn = Files.readString(BPMN, StandardCharsets.UTF_8);
        List<String> tasks = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"").matcher(bpmn).results().map(m -> m.group(1)).toList();
        assertThat(tasks).isNotEmpty().allSatisfy(id -> assertThat(Labels.step(id)).as(id).isPresent());
        assertThat(Labels.steps()).allSatisfy(s -> assertThat(bpmn).as(s.id()).contains("id=\"" + s.id() + "\""));
    }

    /** Values of the options of the select bound to {@code name} (cam-variable-name or name) in forms/{form}.html. */
    private static Set<String> options(String form, String name) throws IOException {
        return Pattern.compile("<option value=\"([^\"]*)\"").matcher(select(form, name)).results().map(m -> m.group(1))
                .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The inside of the select bound to {@code name} (cam-variable-name or name) in forms/{form}.html. */
    private static String select(String form, String name) throws IOException {
        String html = Files.readString(Path.of("forms", form + ".html"), StandardCharsets.UTF_8);
        Matcher select = Pattern.compile("<select[^>]*(?:cam-variable-name|name)=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as(form + " has a select for " + name).isTrue();
        return select.group(1);
    }

    /** Value → shown text of the options of the select bound to {@code name} in forms/{form}.html. */
    private static Map<String, String> optionLabels(String form, String name) throws IOException {
        return Pattern.compile("<option value=\"([^\"]+)\">([^<]*)</option>").matcher(select(form, name)).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2).trim()));
    }

    /** Values the diagram's conditions compare {@code variable} with. */
    private static Set<String> compared(String variable) throws IOException {
        String bpmn = Files.readString(BPMN, StandardCharsets.UTF_8);
        return Pattern.compile("\\$\\{" + variable + " [!=]= '([^']*)'}").matcher(bpmn).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Quoted strings in the input entries of the column fed by {@code variable}, in every decision table of the file. */
    private static List<String> inputEntries(Path dmn, String variable) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(dmn.toFile());
        List<String> found = new ArrayList<>();
        NodeList tables = doc.getElementsByTagNameNS("*", "decisionTable");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            List<Element> inputs = children(table, "input");
            int column = -1;
            for (int i = 0; i < inputs.size(); i++) {
                Element input = inputs.get(i);
                String text = input.getElementsByTagNameNS("*", "text").item(0).getTextContent().trim();
                if (variable.equals(input.getAttributeNS("http://camunda.org/schema/1.0/dmn", "inputVariable")) || variable.equals(text)) {
                    column = i;
                }
            }
            if (column < 0) {
                continue;
            }
            for (Element rule : children(table, "rule")) {
                String entry = children(rule, "inputEntry").get(column).getTextContent();
                Pattern.compile("\"([^\"]*)\"").matcher(entry).results().map(m -> m.group(1)).forEach(found::add);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> values(Stream<String> values) {
        return values.collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String OUTCOME = NominationProcess.OUTCOME;
    private static final String OVERDUE_ACTION = NominationProcess.OVERDUE_ACTION;
    private static final String PROCEDURE_KIND = NominationProcess.PROCEDURE_KIND;
    private static final String NOMINEE_KIND = NominationProcess.NOMINEE_KIND;
}
