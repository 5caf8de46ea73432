package vn.khenthuong.workflow.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The diagram of a BPMN file as its DI (the coordinates Camunda Modeler keeps in the file) describes it: shapes,
 * flows with their waypoints, and the boxes of the labels drawn outside shapes (names of events, gateways and
 * flows). A label without bounds in the file is placed as Modeler places it (below an event or gateway, at the middle
 * of a flow's middle segment), sized by wrapping its text in {@link #LABEL_FONT} to {@link #LABEL_WIDTH}.
 */
final class ProcessDiagram {

    /** The font of labels: DejaVu Sans, as the PDFs use, so Vietnamese diacritics render everywhere. */
    static final Font LABEL_FONT = dejaVu(11f);
    static final Font TASK_FONT = dejaVu(12f);
    static final int LINE_HEIGHT = 14;
    /** Modeler's width of an external label. */
    static final int LABEL_WIDTH = 90;

    enum Kind { TASK, USER_TASK, SERVICE_TASK, RULE_TASK, SUB_PROCESS, START_EVENT, END_EVENT, TERMINATE_END_EVENT,
        TIMER_EVENT, MESSAGE_EVENT, ERROR_BOUNDARY, TIMER_BOUNDARY, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, OTHER }

    record Shape(String id, String name, Kind kind, Rectangle2D bounds, Rectangle2D label, String attachedTo, boolean interrupting,
                 boolean multiInstance, String container) {

        boolean hasExternalLabel() {
            return label != null;
        }
    }

    record Flow(String id, String name, String source, String target, List<Point2D> waypoints, Rectangle2D label) {
    }

    final List<Shape> shapes = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();

    static ProcessDiagram read(Path bpmn) {
        ProcessDiagram d = new ProcessDiagram();
        BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
        for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement e = s.getBpmnElement();
            if (!(e instanceof FlowNode node)) {
                continue;
            }
            Rectangle2D bounds = rect(s.getBounds());
            Kind kind = kind(node);
            String name = node.getName() == null || node.getName().isBlank() ? null : node.getName();
            Rectangle2D label = null;
            if (name != null && external(kind)) {
                label = s.getBpmnLabel() != null && s.getBpmnLabel().getBounds() != null ? rect(s.getBpmnLabel().getBounds())
                        : belowShape(bounds, name);
            }
            boolean multi = node.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics.class).size() > 0;
            String attached = node instanceof BoundaryEvent b ? b.getAttachedTo().getId() : null;
            boolean interrupting = !(node instanceof BoundaryEvent b) || b.cancelActivity();
            String container = node.getParentElement() instanceof SubProcess sp ? sp.getId() : null;
            d.shapes.add(new Shape(node.getId(), name, kind, bounds, label, attached, interrupting, multi, container));
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow f)) {
                continue;
            }
            List<Point2D> points = new ArrayList<>();
            for (Waypoint w : edge.getWaypoints()) {
                points.add(new Point2D.Double(w.getX(), w.getY()));
            }
            String name = f.getName() == null || f.getName().isBlank() ? null : f.getName();
            Rectangle2D label = null;
            if (name != null) {
                label = edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null ? rect(edge.getBpmnLabel().getBounds())
                        : onFlow(points, name);
            }
            d.flows.add(new Flow(f.getId(), name, f.getSource().getId(), f.getTarget().getId(), points, label));
        }
        return d;
    }

    Shape shape(String id) {
        return shapes.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(id));
    }

    /** Every label box with what it names: external labels of shapes, then of flows. */
    List<Label> labels() {
        List<Label> all = new ArrayList<>();
        shapes.stream().filter(Shape::hasExternalLabel).forEach(s -> all.add(new Label(s.id(), s.name(), s.label())));
        flows.stream().filter(f -> f.label() != null).forEach(f -> all.add(new Label(f.id(), f.name(), f.label())));
        return all;
    }

    record Label(String owner, String text, Rectangle2D box) {
    }

    /** The diagram's extent with a margin. */
    Rectangle2D extent() {
        Rectangle2D r = null;
        for (Shape s : shapes) {
            r = r == null ? (Rectangle2D) s.bounds().clone() : r.createUnion(s.bounds());
            if (s.label() != null) {
                r = r.createUnion(s.label());
            }
        }
        for (Flow f : flows) {
            for (Point2D p : f.waypoints()) {
                r.add(p);
            }
            if (f.label() != null) {
                r = r.createUnion(f.label());
            }
        }
        return r;
    }

    /**
     * The points where flows cross (not merely touch, meet at an end or run along each other). Flows that share a
     * stretch of line (a return channel) and cross another there count once: a reader sees one crossing.
     */
    int crossings() {
        java.util.Set<Point2D> points = new java.util.HashSet<>();
        for (int i = 0; i < flows.size(); i++) {
            for (int j = i + 1; j < flows.size(); j++) {
                List<Point2D> a = flows.get(i).waypoints(), b = flows.get(j).waypoints();
                for (int k = 1; k < a.size(); k++) {
                    for (int l = 1; l < b.size(); l++) {
                        Point2D at = properCrossing(a.get(k - 1), a.get(k), b.get(l - 1), b.get(l));
                        if (at != null) {
                            points.add(at);
                        }
                    }
                }
            }
        }
        return points.size();
    }

    /** A horizontal and a vertical segment crossing strictly inside both. */
    private static Point2D properCrossing(Point2D a1, Point2D a2, Point2D b1, Point2D b2) {
        boolean aHorizontal = a1.getY() == a2.getY();
        boolean bHorizontal = b1.getY() == b2.getY();
        if (aHorizontal == bHorizontal) {
            return null;
        }
        Point2D h1 = aHorizontal ? a1 : b1, h2 = aHorizontal ? a2 : b2, v1 = aHorizontal ? b1 : a1, v2 = aHorizontal ? b2 : a2;
        double x = v1.getX(), y = h1.getY();
        boolean crosses = x > Math.min(h1.getX(), h2.getX()) && x < Math.max(h1.getX(), h2.getX())
                && y > Math.min(v1.getY(), v2.getY()) && y < Math.max(v1.getY(), v2.getY());
        return crosses ? new Point2D.Double(x, y) : null;
    }

    static boolean segmentCrosses(Point2D p, Point2D q, Rectangle2D r) {
        return new Line2D.Double(p, q).intersects(r);
    }

    // --- text -----------------------------------------------------------------------------------------------------

    private static final FontMetrics METRICS = metrics(LABEL_FONT);

    static FontMetrics metrics(Font font) {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
    }

    /** The text broken into lines no wider than {@code width} (a word longer than the width stays on its own line). */
    static List<String> wrap(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The size of a label's text wrapped to {@code width}, as drawn. */
    static Rectangle2D textBox(String text, double width) {
        List<String> lines = wrap(text, METRICS, width);
        int w = lines.stream().mapToInt(METRICS::stringWidth).max().orElse(0);
        return new Rectangle2D.Double(0, 0, w, lines.size() * LINE_HEIGHT);
    }

    private static boolean external(Kind kind) {
        return switch (kind) {
            case START_EVENT, END_EVENT, TERMINATE_END_EVENT, TIMER_EVENT, MESSAGE_EVENT, ERROR_BOUNDARY, TIMER_BOUNDARY,
                 EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY -> true;
            default -> false;
        };
    }

    /** Modeler's place for an event's or gateway's label: centred below the shape. */
    private static Rectangle2D belowShape(Rectangle2D shape, String text) {
        Rectangle2D size = textBox(text, LABEL_WIDTH);
        return new Rectangle2D.Double(shape.getCenterX() - size.getWidth() / 2, shape.getMaxY() + 5, size.getWidth(), size.getHeight());
    }

    /** Modeler's place for a flow's label: at the middle of its middle segment, beside the line. */
    private static Rectangle2D onFlow(List<Point2D> points, String text) {
        Rectangle2D size = textBox(text, LABEL_WIDTH);
        int mid = (points.size() - 1) / 2;
        Point2D a = points.get(mid), b = points.get(mid + 1);
        double x = (a.getX() + b.getX()) / 2, y = (a.getY() + b.getY()) / 2;
        boolean horizontal = a.getY() == b.getY();
        return horizontal ? new Rectangle2D.Double(x - size.getWidth() / 2, y - 5 - size.getHeight(), size.getWidth(), size.getHeight())
                : new Rectangle2D.Double(x + 5, y - size.getHeight() / 2, size.getWidth(), size.getHeight());
    }

    private static Kind kind(FlowNode node) {
        String type = node.getElementType().getTypeName();
        return switch (type) {
            case "userTask" -> Kind.USER_TASK;
            case "serviceTask" -> Kind.SERVICE_TASK;
            case "businessRuleTask" -> Kind.RULE_TASK;
            case "task", "scriptTask", "sendTask", "receiveTask", "manualTask", "callActivity" -> Kind.TASK;
            case "subProcess" -> Kind.SUB_PROCESS;
            case "startEvent" -> Kind.START_EVENT;
            case "endEvent" -> has(node, "terminateEventDefinition") ? Kind.TERMINATE_END_EVENT : Kind.END_EVENT;
            case "intermediateCatchEvent" -> has(node, "timerEventDefinition") ? Kind.TIMER_EVENT : Kind.MESSAGE_EVENT;
            case "boundaryEvent" -> has(node, "timerEventDefinition") ? Kind.TIMER_BOUNDARY : Kind.ERROR_BOUNDARY;
            case "exclusiveGateway" -> Kind.EXCLUSIVE_GATEWAY;
            case "parallelGateway" -> Kind.PARALLEL_GATEWAY;
            default -> Kind.OTHER;
        };
    }

    private static boolean has(FlowNode node, String definition) {
        return node.getDomElement().getChildElements().stream().anyMatch(c -> c.getLocalName().equals(definition));
    }

    private static Rectangle2D rect(Bounds b) {
        return new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static Font dejaVu(float size) {
        try (InputStream in = ProcessDiagram.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("DejaVu Sans not found on the classpath", e);
        }
    }

    private ProcessDiagram() {
    }
}
