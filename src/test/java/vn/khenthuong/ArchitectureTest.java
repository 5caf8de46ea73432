package vn.khenthuong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the design easy to see: Camunda stays in its room, and features do not depend on each other in circles. */
@AnalyzeClasses(packages = "vn.khenthuong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule camundaOnlyInWorkflowAndIdentity = noClasses()
            .that().resideOutsideOfPackages("vn.khenthuong.workflow..", "vn.khenthuong.identity..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("engine APIs belong to the workflow adapters and the security bridge (STYLE.md 11)");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("vn.khenthuong.(*)..")
            .should().beFreeOfCycles();
}
