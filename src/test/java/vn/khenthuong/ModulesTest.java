package vn.khenthuong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the features (each top-level package is a module): no cycles between modules, and no
 * module reaching into another's sub-packages unless they are a named interface. It also draws the module
 * diagrams in docs/architecture/modules/; run this test to regenerate them after a change of dependencies.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KhenThuongApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
