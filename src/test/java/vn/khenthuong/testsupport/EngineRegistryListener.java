package vn.khenthuong.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test's own application context the one Camunda's REST API and webapps find.
 * They look engines up by name in the static {@link ProcessEngines} registry, and closing any context (a test's own,
 * the two nodes of TwoNodesPostgresTest, an evicted cached one) unregisters the name "default" for every context of
 * the JVM: the next test on a cached context then got "Process engine default not available" (404).
 */
public class EngineRegistryListener implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        for (ProcessEngine engine : context.getBeansOfType(ProcessEngine.class).values()) {
            if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
                ProcessEngines.registerProcessEngine(engine);
            }
        }
    }
}
