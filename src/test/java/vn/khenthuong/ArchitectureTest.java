package vn.khenthuong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the design easy to see: Camunda stays in its room and workflow's parts point one way. That features do not
 * depend on each other in circles, nor on each other's internals, is {@link ModulesTest}'s (Spring Modulith).
 */
@AnalyzeClasses(packages = "vn.khenthuong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule camundaOnlyInWorkflowAndIdentity = noClasses()
            .that().resideOutsideOfPackages("vn.khenthuong.workflow..", "vn.khenthuong.identity..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("engine APIs belong to the workflow adapters and the security bridge (STYLE.md 11)");

    /** Generic engine tuning knows nothing of our process, its adapters or its screens. */
    @ArchTest
    static final ArchRule engineTuningIsGeneric = noClasses()
            .that().resideInAPackage("vn.khenthuong.workflow.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.khenthuong.workflow", "vn.khenthuong.workflow.adapter..",
                    "vn.khenthuong.workflow.tasklist..", "vn.khenthuong.workflow.deployment..", "vn.khenthuong.workflow.demo..",
                    "vn.khenthuong.workflow.guard..")
            .because("workflow.engine is reusable tuning of Camunda; nothing points back up from it");

    /** The nomination process adapter is used by the port adapters, Tasklist, deployment and demo seeding, never the reverse. */
    @ArchTest
    static final ArchRule processAdapterDoesNotReachUp = noClasses()
            .that().resideInAPackage("vn.khenthuong.workflow")
            .should().dependOnClassesThat().resideInAnyPackage("vn.khenthuong.workflow.adapter..", "vn.khenthuong.workflow.tasklist..",
                    "vn.khenthuong.workflow.deployment..", "vn.khenthuong.workflow.demo..")
            .because("workflow/ is split by kind with no arrow running back up (issue 19)");

    @ArchTest
    static final ArchRule workflowPartsAreFreeOfCycles = slices()
            .matching("vn.khenthuong.workflow.(*)..")
            .should().beFreeOfCycles();
}
