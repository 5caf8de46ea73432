package vn.khenthuong.testsupport;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Stops the embedded PostgreSQL once all tests have run (registered through META-INF/services). */
public class PostgresShutdownListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        PostgresInitializer.shutdown();
    }
}
