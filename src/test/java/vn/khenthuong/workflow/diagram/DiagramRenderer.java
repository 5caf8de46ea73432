package vn.khenthuong.workflow.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link ProcessDiagram} with Java2D in the BPMN notation Modeler uses (rounded tasks, circles for events,
 * diamonds for gateways, orthogonal flows with arrowheads), every name in DejaVu Sans. Nothing is laid out here: each
 * shape, waypoint and label box comes from the file's DI, so the picture shows the layout an administrator sees in
 * Modeler.
 */
final class DiagramRenderer {

    private static final int MARGIN = 20;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color USER_FILL = new Color(0xE8, 0xF1, 0xFB);
    private static final Color SERVICE_FILL = new Color(0xF3, 0xF3, 0xF3);
    private static final Color SUB_FILL = new Color(0xFB, 0xFB, 0xF4);
    private static final Stroke THIN = new BasicStroke(1.5f);
    private static final Stroke THICK = new BasicStroke(4f);
    private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);

    static BufferedImage render(ProcessDiagram d) {
        Rectangle2D extent = d.extent();
        int width = (int) Math.ceil(extent.getWidth()) + 2 * MARGIN;
        int height = (int) Math.ceil(extent.getHeight()) + 2 * MARGIN;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.translate(MARGIN - extent.getX(), MARGIN - extent.getY());

        // Containers first, then flows, then the shapes on top of them (boundary events last: they sit on a task's edge).
        d.shapes.stream().filter(s -> s.kind() == ProcessDiagram.Kind.SUB_PROCESS).forEach(s -> subProcess(g, s));
        d.flows.forEach(f -> flow(g, f));
        d.shapes.stream().filter(s -> s.kind() != ProcessDiagram.Kind.SUB_PROCESS)
                .sorted(Comparator.comparing(s -> s.attachedTo() != null)).forEach(s -> shape(g, s));
        g.setFont(ProcessDiagram.LABEL_FONT);
        g.setColor(INK);
        d.labels().forEach(l -> text(g, l.text(), l.box(), false));
        g.dispose();
        return image;
    }

    private static void subProcess(Graphics2D g, ProcessDiagram.Shape s) {
        RoundRectangle2D r = new RoundRectangle2D.Double(s.bounds().getX(), s.bounds().getY(), s.bounds().getWidth(), s.bounds().getHeight(), 14, 14);
        g.setColor(SUB_FILL);
        g.fill(r);
        g.setColor(INK);
        g.setStroke(THIN);
        g.draw(r);
        g.setFont(ProcessDiagram.TASK_FONT);
        FontMetrics m = g.getFontMetrics();
        g.drawString(s.name(), (float) s.bounds().getX() + 8, (float) s.bounds().getY() + 6 + m.getAscent());
    }

    private static void shape(Graphics2D g, ProcessDiagram.Shape s) {
        Rectangle2D b = s.bounds();
        g.setStroke(THIN);
        switch (s.kind()) {
            case USER_TASK, SERVICE_TASK, RULE_TASK, TASK -> {
                RoundRectangle2D r = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 12, 12);
                g.setColor(s.kind() == ProcessDiagram.Kind.USER_TASK ? USER_FILL : SERVICE_FILL);
                g.fill(r);
                g.setColor(INK);
                g.draw(r);
                marker(g, s);
                g.setFont(ProcessDiagram.TASK_FONT);
                text(g, s.name(), new Rectangle2D.Double(b.getX() + 6, b.getY() + 16, b.getWidth() - 12, b.getHeight() - 22), true);
            }
            case START_EVENT, END_EVENT, TERMINATE_END_EVENT, TIMER_EVENT, MESSAGE_EVENT, ERROR_BOUNDARY, TIMER_BOUNDARY -> event(g, s);
            case EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY -> gateway(g, s);
            default -> {
                g.setColor(INK);
                g.draw(b);
            }
        }
    }

    private static void marker(Graphics2D g, ProcessDiagram.Shape s) {
        double x = s.bounds().getX() + 6, y = s.bounds().getY() + 5;
        g.setStroke(new BasicStroke(1f));
        switch (s.kind()) {
            case USER_TASK -> {
                g.draw(new Ellipse2D.Double(x + 3, y, 6, 6));
                g.draw(new Path2D.Double(new java.awt.geom.Arc2D.Double(x, y + 6, 12, 10, 0, 180, java.awt.geom.Arc2D.OPEN)));
            }
            case SERVICE_TASK -> {
                g.draw(new Ellipse2D.Double(x + 2, y + 2, 8, 8));
                for (int i = 0; i < 8; i++) {
                    double a = Math.PI / 4 * i;
                    g.draw(new Line2D.Double(x + 6 + 4 * Math.cos(a), y + 6 + 4 * Math.sin(a), x + 6 + 6.5 * Math.cos(a), y + 6 + 6.5 * Math.sin(a)));
                }
            }
            case RULE_TASK -> {
                g.draw(new Rectangle2D.Double(x, y + 1, 14, 10));
                g.draw(new Line2D.Double(x, y + 4.5, x + 14, y + 4.5));
                g.draw(new Line2D.Double(x + 5, y + 4.5, x + 5, y + 11));
            }
            default -> {
            }
        }
        if (s.multiInstance()) {
            double cx = s.bounds().getCenterX(), by = s.bounds().getMaxY() - 14;
            for (int i = -1; i <= 1; i++) {
                g.draw(new Line2D.Double(cx + 4 * i, by, cx + 4 * i, by + 10));
            }
        }
        g.setStroke(THIN);
    }

    private static void event(Graphics2D g, ProcessDiagram.Shape s) {
        Rectangle2D b = s.bounds();
        Ellipse2D circle = new Ellipse2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        g.setColor(Color.WHITE);
        g.fill(circle);
        g.setColor(INK);
        boolean end = s.kind() == ProcessDiagram.Kind.END_EVENT || s.kind() == ProcessDiagram.Kind.TERMINATE_END_EVENT;
        g.setStroke(end ? THICK : s.interrupting() ? THIN : DASHED);
        g.draw(circle);
        boolean intermediate = switch (s.kind()) {
            case TIMER_EVENT, MESSAGE_EVENT, ERROR_BOUNDARY, TIMER_BOUNDARY -> true;
            default -> false;
        };
        if (intermediate) {
            g.draw(new Ellipse2D.Double(b.getX() + 3, b.getY() + 3, b.getWidth() - 6, b.getHeight() - 6));
        }
        g.setStroke(THIN);
        double cx = b.getCenterX(), cy = b.getCenterY();
        switch (s.kind()) {
            case TERMINATE_END_EVENT -> g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
            case TIMER_EVENT, TIMER_BOUNDARY -> {
                g.draw(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
                g.draw(new Line2D.Double(cx, cy, cx, cy - 7));
                g.draw(new Line2D.Double(cx, cy, cx + 5, cy));
            }
            case MESSAGE_EVENT -> {
                g.draw(new Rectangle2D.Double(cx - 9, cy - 6, 18, 12));
                g.draw(new Line2D.Double(cx - 9, cy - 6, cx, cy + 1));
                g.draw(new Line2D.Double(cx, cy + 1, cx + 9, cy - 6));
            }
            case ERROR_BOUNDARY -> {
                Path2D bolt = new Path2D.Double();
                bolt.moveTo(cx - 7, cy + 7);
                bolt.lineTo(cx - 3, cy - 7);
                bolt.lineTo(cx + 2, cy + 1);
                bolt.lineTo(cx + 7, cy - 7);
                bolt.lineTo(cx + 3, cy + 7);
                bolt.lineTo(cx - 2, cy - 1);
                bolt.closePath();
                g.draw(bolt);
            }
            default -> {
            }
        }
    }

    private static void gateway(Graphics2D g, ProcessDiagram.Shape s) {
        Rectangle2D b = s.bounds();
        double cx = b.getCenterX(), cy = b.getCenterY(), r = b.getWidth() / 2;
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(cx, cy - r);
        diamond.lineTo(cx + r, cy);
        diamond.lineTo(cx, cy + r);
        diamond.lineTo(cx - r, cy);
        diamond.closePath();
        g.setColor(Color.WHITE);
        g.fill(diamond);
        g.setColor(INK);
        g.setStroke(THIN);
        g.draw(diamond);
        g.setStroke(new BasicStroke(3f));
        if (s.kind() == ProcessDiagram.Kind.PARALLEL_GATEWAY) {
            g.draw(new Line2D.Double(cx, cy - 11, cx, cy + 11));
            g.draw(new Line2D.Double(cx - 11, cy, cx + 11, cy));
        } else {
            g.draw(new Line2D.Double(cx - 8, cy - 8, cx + 8, cy + 8));
            g.draw(new Line2D.Double(cx - 8, cy + 8, cx + 8, cy - 8));
        }
        g.setStroke(THIN);
    }

    private static void flow(Graphics2D g, ProcessDiagram.Flow f) {
        List<Point2D> p = f.waypoints();
        Path2D line = new Path2D.Double();
        line.moveTo(p.get(0).getX(), p.get(0).getY());
        for (int i = 1; i < p.size(); i++) {
            line.lineTo(p.get(i).getX(), p.get(i).getY());
        }
        g.setColor(INK);
        g.setStroke(THIN);
        g.draw(line);
        Point2D tip = p.get(p.size() - 1), from = p.get(p.size() - 2);
        double angle = Math.atan2(tip.getY() - from.getY(), tip.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX(), tip.getY());
        head.lineTo(tip.getX() - 10 * Math.cos(angle - 0.4), tip.getY() - 10 * Math.sin(angle - 0.4));
        head.lineTo(tip.getX() - 10 * Math.cos(angle + 0.4), tip.getY() - 10 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    /** Wrapped text in its box: centred lines (shapes) or left-aligned lines from the top (labels). */
    private static void text(Graphics2D g, String text, Rectangle2D box, boolean centred) {
        FontMetrics m = g.getFontMetrics();
        List<String> lines = ProcessDiagram.wrap(text, m, centred ? box.getWidth() : box.getWidth() - 4);
        double y = centred ? box.getCenterY() - lines.size() * ProcessDiagram.LINE_HEIGHT / 2.0 : box.getY();
        g.setColor(INK);
        for (String line : lines) {
            double x = centred ? box.getCenterX() - m.stringWidth(line) / 2.0 : box.getX() + 2;
            g.drawString(line, (float) x, (float) (y + m.getAscent()));
            y += ProcessDiagram.LINE_HEIGHT;
        }
    }

    private DiagramRenderer() {
    }
}
