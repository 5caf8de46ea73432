package vn.khenthuong.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of the overhead part (BENCHMARKS.md, "How to run") and splits the client threads' CPU samples
 * of each side in two: samples whose stack holds a frame of our own code (a delegate, a listener, the filing and
 * upload services, with the engine and database calls they make), and the rest (the engine running the process, the
 * harness). It prints what bare / ours would be if our own code cost nothing: the most that changes to our code alone
 * can reach on the client thread (the database's share is not in these samples).
 * <p>
 * JDK classes only, so it runs as a single file:
 * {@code java src/test/java/vn/khenthuong/bench/SampleSplit.java target/bench.jfr}
 */
public final class SampleSplit {

    /**
     * Ours, but only passing calls on (command interceptors, the acting user, the history filter in front of Camunda's
     * handler, the adapter that starts the process) or the harness: not counted as our own code.
     */
    static final Pattern PASSING = Pattern.compile("^vn\\.khenthuong\\.(bench\\.|workflow\\.BenchEngine|nomination\\.BenchDossiers"
            + "|workflow\\.guard\\.(VariableGuard|CheckedCommand|EngineCalls)|workflow\\.deployment\\.DeploymentPreparation"
            + "|workflow\\.tasklist\\.FilterCounts|workflow\\.CouncilMeetingTurns|workflow\\.engine\\.ActingUser|workflow\\.HistoryFilter"
            + "|nomination\\.DossierService\\.file|nomination\\.DossierService\\$\\$|workflow\\.adapter\\.CamundaNominationWorkflow)");

    private SampleSplit() {
    }

    public static void main(String[] args) throws Exception {
        long[] own = new long[2];
        long[] rest = new long[2];
        Map<String, long[]> byClass = new HashMap<>();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                int side = side(frames);
                if (side < 0) {
                    continue;
                }
                String entry = null;
                for (int i = frames.size() - 1; i >= 0 && entry == null; i--) {
                    String method = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
                    if (method.startsWith("vn.khenthuong.") && !PASSING.matcher(method).find()) {
                        entry = method.substring(0, method.lastIndexOf('.')).replaceAll("\\$\\$.*", "");
                    }
                }
                if (entry == null) {
                    rest[side]++;
                } else {
                    own[side]++;
                    byClass.computeIfAbsent(entry, k -> new long[2])[side]++;
                }
            }
        }
        long ours = own[0] + rest[0];
        long bare = own[1] + rest[1];
        if (ours == 0 || bare == 0) {
            throw new IllegalArgumentException("No samples of both sides' lifecycles in " + args[0]);
        }
        System.out.printf("Client-thread samples, ours: %d (our own code %d = %.1f %%, the rest %d)%n", ours, own[0], 100.0 * own[0] / ours, rest[0]);
        System.out.printf("Client-thread samples, bare: %d (our own code %d, the rest %d)%n", bare, own[1], rest[1]);
        // Free on both sides: the bare process runs a few of our listeners too (task presentation, grants).
        System.out.printf("Bare / ours: %.3f; if our own code cost nothing: %.3f%n", (double) bare / ours, (double) rest[1] / rest[0]);
        System.out.println("Our own code by its outermost class (samples, ours / bare):");
        byClass.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                .forEach(e -> System.out.printf("%7d %7d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }

    /** 0 for a sample inside one of our lifecycles, 1 inside a bare one, -1 otherwise (start-up, the other parts). */
    static int side(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if ("vn.khenthuong.bench.KhenThuongBench".equals(frame.getMethod().getType().getName())) {
                String name = frame.getMethod().getName();
                if (name.startsWith("ourLifecycle")) {
                    return 0;
                }
                if (name.startsWith("bareLifecycle")) {
                    return 1;
                }
            }
        }
        return -1;
    }
}
