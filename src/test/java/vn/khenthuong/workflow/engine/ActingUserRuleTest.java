package vn.khenthuong.workflow.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Our code steps past the engine's authorizations one way only: {@link ActingUser} (identity's request bridge aside). */
@AnalyzeClasses(packages = "vn.khenthuong", importOptions = ImportOption.DoNotIncludeTests.class)
class ActingUserRuleTest {

    @ArchTest
    static final ArchRule onlyActingUserChangesWhoTheEngineCallRunsAs = noClasses()
            .that().doNotHaveFullyQualifiedName(ActingUser.class.getName())
            .and().resideOutsideOfPackage("vn.khenthuong.identity..")
            .should().callMethod(IdentityService.class, "clearAuthentication")
            .orShould().callMethodWhere(target(name("setAuthentication")).and(target(owner(assignableTo(IdentityService.class)))))
            .orShould().callMethod(CommandContext.class, "runWithoutAuthorization", Callable.class)
            .orShould().callMethod(CommandContext.class, "runWithoutAuthorization", Runnable.class)
            .because("ActingUser.as / asSystem / withoutAuthorizationChecks restore the caller and say which way they skip the checks");
}
