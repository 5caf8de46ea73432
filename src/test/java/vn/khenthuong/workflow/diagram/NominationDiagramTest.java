package vn.khenthuong.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The diagram administrators read and edit in Camunda Modeler (issue 18, point 4). The layout lives in the DI of
 * processes/nomination.bpmn itself — what Modeler keeps — and this test holds it to: no label over another label or a
 * shape, text that fits its label box, orthogonal flows that pass through no shape, the step branches laid out left
 * to right from the route gateway, and no more flow crossings than the layout has today. It then draws
 * docs/nomination.png from the same file (rewritten only when the picture changed), so the build keeps the picture in
 * step with the diagram.
 */
class NominationDiagramTest {

    static final Path BPMN = Path.of("processes/nomination.bpmn");
    static final Path PNG = Path.of("docs/nomination.png");
    /**
     * The crossings of the layout of December 2026 (prepare channel × joinRoute, returned × trunk, three rejections × the return bus),
     * plus the block's entry × the district's return: joinRoute lies inside the loop the district's return draws into joinPrepare,
     * and the origin gateway right after registration lies outside it, so any path between them crosses it once.
     */
    static final int MAX_CROSSINGS = 6;

    final ProcessDiagram diagram = ProcessDiagram.read(BPMN);

    @Test
    void noLabelLiesOverAnotherLabel() {
        List<String> overlaps = new ArrayList<>();
        List<ProcessDiagram.Label> labels = diagram.labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (overlap(labels.get(i).box(), labels.get(j).box())) {
                    overlaps.add(labels.get(i).owner() + " × " + labels.get(j).owner());
                }
            }
        }
        assertThat(labels).hasSizeGreaterThan(40);
        assertThat(overlaps).isEmpty();
    }

    @Test
    void noLabelLiesOverAShape() {
        List<String> overlaps = new ArrayList<>();
        for (ProcessDiagram.Label label : diagram.labels()) {
            for (ProcessDiagram.Shape shape : diagram.shapes) {
                if (shape.kind() == ProcessDiagram.Kind.SUB_PROCESS) {
                    // A container: a label is wholly inside or wholly outside it, and clear of its title.
                    Rectangle2D title = new Rectangle2D.Double(shape.bounds().getX(), shape.bounds().getY(), shape.bounds().getWidth(), 24);
                    if (overlap(label.box(), title) || overlap(label.box(), shape.bounds()) && !shape.bounds().contains(label.box())) {
                        overlaps.add(label.owner() + " × " + shape.id());
                    }
                } else if (overlap(label.box(), shape.bounds())) {
                    overlaps.add(label.owner() + " × " + shape.id());
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void everyLabelsTextFitsItsBox() {
        for (ProcessDiagram.Label label : diagram.labels()) {
            Rectangle2D text = ProcessDiagram.textBox(label.text(), label.box().getWidth() - 4);
            assertThat(text.getWidth()).as("width of the label of %s", label.owner()).isLessThanOrEqualTo(label.box().getWidth() - 4);
            assertThat(text.getHeight()).as("height of the label of %s", label.owner()).isLessThanOrEqualTo(label.box().getHeight());
        }
    }

    @Test
    void flowsAreOrthogonalAndPassThroughNoShape() {
        for (ProcessDiagram.Flow f : diagram.flows) {
            List<Point2D> p = f.waypoints();
            assertThat(p).as(f.id()).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < p.size(); i++) {
                assertThat(p.get(i).getX() == p.get(i - 1).getX() || p.get(i).getY() == p.get(i - 1).getY())
                        .as("segment %d of %s is horizontal or vertical", i, f.id()).isTrue();
            }
            ProcessDiagram.Shape source = diagram.shape(f.source());
            ProcessDiagram.Shape target = diagram.shape(f.target());
            // Each end touches its shape.
            assertThat(near(source.bounds(), p.get(0))).as("%s leaves %s", f.id(), source.id()).isTrue();
            assertThat(near(target.bounds(), p.get(p.size() - 1))).as("%s reaches %s", f.id(), target.id()).isTrue();
            for (ProcessDiagram.Shape s : diagram.shapes) {
                if (s == source || s == target || s.kind() == ProcessDiagram.Kind.SUB_PROCESS && (s.id().equals(source.container())
                        || s.id().equals(target.container()))) {
                    continue;
                }
                if (s.id().equals(source.attachedTo()) || s.id().equals(target.attachedTo())) {
                    continue;
                }
                Rectangle2D inside = shrink(s.bounds(), 2);
                for (int i = 1; i < p.size(); i++) {
                    assertThat(ProcessDiagram.segmentCrosses(p.get(i - 1), p.get(i), inside))
                            .as("segment %d of %s runs through %s", i, f.id(), s.id()).isFalse();
                }
            }
        }
    }

    @Test
    void theStepsBranchLeftToRightAndCrossingsDoNotGrow() {
        ProcessDiagram.Shape start = diagram.shape("startNomination");
        ProcessDiagram.Shape router = diagram.shape("routeStepKind");
        assertThat(diagram.shapes).allSatisfy(s -> assertThat(s.bounds().getX()).isGreaterThanOrEqualTo(start.bounds().getX()));
        // Every step a route can send a dossier to lies right of the gateway that chooses it.
        for (String step : List.of("communeReview", "districtReview", "councilMeeting", "joinAppraisal", "openDisclosure", "decision",
                "centralDecisionReceived")) {
            assertThat(diagram.shape(step).bounds().getX()).as(step).isGreaterThan(router.bounds().getMaxX());
        }
        // The spine before the gateway reads left to right.
        List<String> spine = List.of("startNomination", "registerDossier", "joinPrepare", "prepareDossier", "validateBeforeCommuneReview",
                "joinRoute", "nextRouteStep", "routeStepKind");
        for (int i = 1; i < spine.size(); i++) {
            assertThat(diagram.shape(spine.get(i)).bounds().getX()).isGreaterThan(diagram.shape(spine.get(i - 1)).bounds().getMaxX());
        }
        assertThat(diagram.crossings()).isLessThanOrEqualTo(MAX_CROSSINGS);
    }

    /** A label Modeler has not placed yet (no bounds in the file) is put where Modeler puts it, and checked like the others. */
    @Test
    void aLabelWithoutBoundsIsPlacedAsModelerWould(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("p")
                .startEvent("s").name("Lập hồ sơ").exclusiveGateway("g").name("Xã quyết định?").sequenceFlowId("f").condition("Đồng ý", "${true}")
                .endEvent("e").name("Đã khen thưởng").done();
        Path file = dir.resolve("p.bpmn");
        org.camunda.bpm.model.bpmn.Bpmn.writeModelToFile(file.toFile(), model);
        ProcessDiagram d = ProcessDiagram.read(file);
        ProcessDiagram.Shape gateway = d.shape("g");
        Rectangle2D label = gateway.label();
        // Below the shape, centred on it, as wide as its wrapped text (at most Modeler's 90 px).
        assertThat(label.getY()).isGreaterThan(gateway.bounds().getMaxY());
        assertThat(label.getCenterX()).isCloseTo(gateway.bounds().getCenterX(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(label.getWidth()).isPositive().isLessThanOrEqualTo(ProcessDiagram.LABEL_WIDTH);
        // The flow's label sits beside the middle of its middle segment.
        ProcessDiagram.Flow flow = d.flows.stream().filter(f -> f.id().equals("f")).findFirst().orElseThrow();
        Point2D a = flow.waypoints().get((flow.waypoints().size() - 1) / 2), b = flow.waypoints().get((flow.waypoints().size() - 1) / 2 + 1);
        Rectangle2D around = new Rectangle2D.Double(Math.min(a.getX(), b.getX()) - 100, Math.min(a.getY(), b.getY()) - 60,
                Math.abs(a.getX() - b.getX()) + 200, Math.abs(a.getY() - b.getY()) + 120);
        assertThat(around.contains(flow.label())).isTrue();
        assertThat(d.labels()).extracting(ProcessDiagram.Label::owner).containsExactlyInAnyOrder("s", "g", "e", "f");
    }

    /** docs/nomination.png is drawn from the file; it is rewritten only when the picture differs. */
    @Test
    void thePictureInTheDocsIsDrawnFromTheDiagram() throws IOException {
        BufferedImage drawn = DiagramRenderer.render(diagram);
        assertThat(drawn.getWidth()).isGreaterThan(1000);
        if (!Files.exists(PNG) || !samePixels(ImageIO.read(PNG.toFile()), drawn)) {
            ImageIO.write(drawn, "png", PNG.toFile());
        }
        assertThat(samePixels(ImageIO.read(PNG.toFile()), drawn)).isTrue();
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return Arrays.equals(pa, pb);
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY() && b.getMinY() < a.getMaxY();
    }

    private static boolean near(Rectangle2D r, Point2D p) {
        return shrink(r, -3).contains(p);
    }

    private static Rectangle2D shrink(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, r.getWidth() - 2 * by, r.getHeight() - 2 * by);
    }
}
