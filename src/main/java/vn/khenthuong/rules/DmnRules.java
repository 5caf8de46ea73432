package vn.khenthuong.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lists the rule rows of one DMN file with the basis each row's description gives ({@link RuleBasis}). Generic over
 * every decision table: the subject is the row's non-empty input entries, the value its output entries.
 */
public final class DmnRules {

    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private DmnRules() {
    }

    public static List<LegalRule> read(String source, byte[] xml) {
        Document doc = parse(source, xml);
        List<LegalRule> rules = new ArrayList<>();
        for (Element decision : children(doc.getDocumentElement(), "decision")) {
            String table = decision.getAttribute("name").isBlank() ? decision.getAttribute("id") : decision.getAttribute("name");
            for (Element decisionTable : children(decision, "decisionTable")) {
                List<String> inputs = new ArrayList<>();
                for (Element input : children(decisionTable, "input")) {
                    String variable = input.getAttributeNS("http://camunda.org/schema/1.0/dmn", "inputVariable");
                    List<Element> expression = children(input, "inputExpression");
                    String text = expression.isEmpty() ? "" : expression.get(0).getTextContent().trim();
                    inputs.add(!variable.isBlank() ? variable : !text.isEmpty() ? text : input.getAttribute("label"));
                }
                List<String> outputs = new ArrayList<>();
                for (Element output : children(decisionTable, "output")) {
                    outputs.add(output.getAttribute("name"));
                }
                for (Element rule : children(decisionTable, "rule")) {
                    List<Element> description = children(rule, "description");
                    RuleBasis basis = RuleBasis.parse(description.isEmpty() ? null : description.get(0).getTextContent());
                    rules.add(LegalRule.of(source, table, rule.getAttribute("id"), entries(inputs, children(rule, "inputEntry"), true),
                            entries(outputs, children(rule, "outputEntry"), false), basis));
                }
            }
        }
        return rules;
    }

    private static String entries(List<String> names, List<Element> entries, boolean skipEmpty) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).getTextContent().trim();
            if (skipEmpty && text.isEmpty()) {
                continue;
            }
            shown.add((i < names.size() ? names.get(i) : "#" + i) + " = " + (text.isEmpty() ? "(trống)" : text));
        }
        return shown.isEmpty() ? "mọi trường hợp" : String.join("; ", shown);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName()) && DMN.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(String source, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // An administrator's file: no DTD, no external entity.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Không đọc được bảng quyết định " + source + " / cannot read DMN " + source + ": " + e.getMessage(), e);
        }
    }
}
