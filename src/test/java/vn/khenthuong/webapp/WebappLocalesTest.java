package vn.khenthuong.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese translation of the Camunda 7.24 webapps against the English files in the webjar on the
 * classpath: the same keys, nothing left in English, placeholders and markup kept, dates day-first, and a
 * config.js that offers vi and preloads the tables. A Camunda upgrade that adds keys fails here, not on screen.
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names and notations that are the same in Vietnamese. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("Camunda", "Cockpit", "Camunda Cockpit", "ID", "BPMN",
            "DMN", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");
    /** English plural endings ("instance" + "s"): Vietnamese has none. */
    private static final Set<String> EMPTY_IN_VIETNAMESE = Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S",
            "PLGN_MOD_RESTART_DIALOG_S");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}|\\{\\}");
    private static final Pattern MARKUP = Pattern.compile("<(/?)(a|br|strong|em|b|i|code)\\b[^>]*>");
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasEveryKeyOfTheShippedEnglishFile(String app) throws IOException {
        JsonNode en = webjarEnglish(app);
        JsonNode vi = ours(app, "locales/vi.json");
        assertThat(paths(vi, "")).isEqualTo(paths(en, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelIsTranslatedKeepingPlaceholdersAndMarkup(String app) throws IOException {
        Map<String, String> en = labels(webjarEnglish(app));
        Map<String, String> vi = labels(ours(app, "locales/vi.json"));
        List<String> untranslated = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        int withDiacritics = 0;
        for (Map.Entry<String, String> entry : en.entrySet()) {
            String key = entry.getKey();
            String english = entry.getValue();
            String vietnamese = vi.get(key);
            if (english.isBlank() || !english.matches("(?s).*[A-Za-z].*")) {
                continue; // symbols such as "<=" stay as they are
            }
            if (EMPTY_IN_VIETNAMESE.contains(key)) {
                assertThat(vietnamese).as(key).isEmpty();
                continue;
            }
            if (english.equals(vietnamese) && !SAME_IN_VIETNAMESE.contains(english.trim())) {
                untranslated.add(key + " = " + english);
            }
            if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, vietnamese))
                    || !all(MARKUP, english).equals(all(MARKUP, vietnamese))) {
                broken.add(key + ": " + english + " → " + vietnamese);
            }
            if (VIETNAMESE_LETTER.matcher(vietnamese).find()) {
                withDiacritics++;
            }
        }
        assertThat(untranslated).as("labels left in English").isEmpty();
        assertThat(broken).as("placeholders or markup changed").isEmpty();
        // Written with diacritics, not in the telex-less ASCII that loses meaning ("ho so" for hồ sơ).
        assertThat(withDiacritics).isGreaterThan(en.size() * 8 / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreWrittenDayFirst(String app) throws IOException {
        JsonNode dates = ours(app, "locales/vi.json").get("dateLocales");
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.at("/longDateFormat/LLL").asText()).startsWith("DD/MM/YYYY");
        assertThat(dates.at("/weekdays/1").asText()).isEqualTo("Thứ hai");
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config).contains("normal: 'DD/MM/YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configOffersVietnameseFirstWithEnglishAsFallbackAndPreloadsTheTables(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config).startsWith("/*").contains("export default {")
                .contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'en'")
                .contains("'../kt/locale-preload'");
        assertThat(resource(APP + "kt/locale-preload.js")).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void fieldTermsAreTheOnesOfficialsUse() throws IOException {
        Map<String, String> tasklist = labels(ours("tasklist", "locales/vi.json"));
        assertThat(tasklist).containsEntry("CLAIM_TASK", "Nhận xử lý").containsEntry("COMPLETE", "Hoàn thành")
                .containsEntry("TASKS", "Nhiệm vụ");
        assertThat(labels(ours("cockpit", "locales/vi.json")).get("PLUGIN_PROCESS_DEF_STATE")).isEqualTo("Trạng thái");
    }

    private static JsonNode webjarEnglish(String app) throws IOException {
        String path = APP + app + "/locales/en.json";
        List<URL> found = Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path));
        assertThat(found).as("the webjar's " + path).hasSize(1);
        try (InputStream in = found.get(0).openStream()) {
            return JSON.readTree(stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static JsonNode ours(String app, String file) throws IOException {
        return JSON.readTree(text(APP + app + "/" + file));
    }

    private static String text(String path) throws IOException {
        URL url = resource(path);
        assertThat(url).as(path).isNotNull();
        try (InputStream in = url.openStream()) {
            return stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static URL resource(String path) {
        return WebappLocalesTest.class.getClassLoader().getResource(path);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> paths.addAll(paths(node.get(name), prefix + "/" + name)));
        } else if (node.isArray()) {
            paths.add(prefix + "[" + node.size() + "]");
        } else {
            paths.add(prefix);
        }
        return paths;
    }

    private static Map<String, String> labels(JsonNode root) {
        Map<String, String> labels = new TreeMap<>();
        root.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", "").replaceAll("href=\"[^\"]*\"", "href"));
        }
        Collections.sort(found);
        return found;
    }

    /** Issue 17: an empty value reads "(không có)", never "null". */
    @Test
    void noLabelSaysNull() throws IOException {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(labels(ours(app, "locales/vi.json"))).as(app).allSatisfy((key, text) -> assertThat(text).as(key).isNotEqualToIgnoringCase("null"));
        }
    }

    /** Our users hold family and middle names in "first name" (Lò Văn) and the given name in "last name" (Thắng). */
    @Test
    void adminNamesTheNameFieldsAsTheyAreFilled() throws IOException {
        Map<String, String> vi = labels(ours("admin", "locales/vi.json"));
        assertThat(vi.get("USERS_FIRSTNAME")).isEqualTo("Họ và tên đệm*");
        assertThat(vi.get("USERS_LASTNAME")).isEqualTo("Tên*");
        assertThat(vi.get("PLUGIN_SEARCH_USER_FIRSTNAME")).isEqualTo("Họ và tên đệm");
        assertThat(vi.get("PLUGIN_SEARCH_USER_LASTNAME")).isEqualTo("Tên");
    }

    /** What no locale file reaches (dmn-js, permission names, group types, engine messages): app/kt/leftovers.js, in every app. */
    @Test
    void theLeftoverEnglishWordsAreTranslatedInEveryApp() throws IOException {
        String leftovers = new String(new org.springframework.core.io.ClassPathResource(APP + "kt/leftovers.js").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String english : List.of("Actions", "Hit Policy:", "When", "And", "Then", "Annotations", "ACCESS", "WORKFLOW", "SYSTEM", "null",
                "No matching task")) {
            assertThat(leftovers).as(english).contains("'" + english + "'");
        }
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String config = new String(new org.springframework.core.io.ClassPathResource(APP + app + "/scripts/config.js").getInputStream()
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(config).as(app).contains("'../kt/leftovers'");
        }
    }

    /** Issue 17: the date picker said "December 2026" and "Sun Mon …"; Angular's $locale gets Vietnamese names. */
    @Test
    void theDatePickerSpeaksVietnameseWithMondayFirst() throws IOException {
        String preload = new String(new org.springframework.core.io.ClassPathResource(APP + "kt/locale-preload.js").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(preload).contains("DATETIME_FORMATS").contains("'Chủ nhật', 'Thứ hai'").contains("'tháng ' + (i + 1)")
                .contains("startingDay: 1").contains("shortDate: 'dd/MM/y'").contains("currentText: 'Hôm nay'");
    }
}
