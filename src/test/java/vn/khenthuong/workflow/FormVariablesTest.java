package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Camunda's embedded-form SDK creates one variable per bound element and refuses a form that binds a
 * name twice ("Cannot add variable … already exists") — radio groups do exactly that, so choices are selects.
 */
class FormVariablesTest {

    private static final Pattern BINDING = Pattern.compile("cam-variable-name=\"([^\"]+)\"");

    @Test
    void everyFormBindsEachVariableOnce() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(8);
        for (Path form : forms) {
            Matcher m = BINDING.matcher(Files.readString(form, StandardCharsets.UTF_8));
            Map<String, Long> counts = m.results().map(r -> r.group(1))
                    .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
            assertThat(counts).as(form.toString()).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
        }
    }
}
