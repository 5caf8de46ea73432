package vn.khenthuong.workflow.guard;

import java.util.function.Supplier;

/**
 * Marks engine calls our own code makes on a user's behalf (the dossier service, the sample seeder): it decides
 * the variables itself, so {@link VariableGuard} lets them through. Never wrap a call that forwards what a
 * client sent without checking it first.
 */
public final class EngineCalls {

    private static final ThreadLocal<Integer> TRUSTED = ThreadLocal.withInitial(() -> 0);

    public static <T> T trusted(Supplier<T> work) {
        TRUSTED.set(TRUSTED.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = TRUSTED.get() - 1;
            if (depth == 0) {
                TRUSTED.remove();
            } else {
                TRUSTED.set(depth);
            }
        }
    }

    public static void trusted(Runnable work) {
        trusted(() -> {
            work.run();
            return null;
        });
    }

    static boolean isTrusted() {
        return TRUSTED.get() > 0;
    }

    private EngineCalls() {
    }
}
