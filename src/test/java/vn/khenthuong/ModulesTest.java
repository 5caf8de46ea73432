package vn.khenthuong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    static final String DIAGRAMS = "docs/architecture/modules";

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(Path.of(DIAGRAMS))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
    }

    /** The Documenter lists components and relations in hash order; sorted, the committed files change only with the modules. */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String k = line.stripLeading().startsWith("Component(") ? "Component" : line.startsWith("Rel(") ? "Rel" : null;
            if (k == null || !k.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            kind = k;
            (k == null ? out : run).add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
