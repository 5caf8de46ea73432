package vn.khenthuong.bench;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Stops the bench's PostgreSQL after the test plan, once Spring is done with it (see META-INF/services). */
public class BenchPostgresShutdown implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        BenchPostgres.shutdown();
    }
}
