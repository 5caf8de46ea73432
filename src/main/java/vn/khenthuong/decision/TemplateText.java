package vn.khenthuong.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printing template as an administrator writes it: plain text in sections ({@code [section]} on a line of its own),
 * lines starting with {@code #} are notes, and {@code {name}} is replaced by a value of the document. Nothing else is
 * interpreted (no expressions, no markup), so an edited template can change wording and order of lines but never run
 * anything; an unknown section or name is refused with its line number.
 */
final class TemplateText {

    private static final Pattern SECTION = Pattern.compile("^\\[([a-z0-9-]+)]\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

    private final String name;
    private final Map<String, List<String>> sections;

    private TemplateText(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** Parses and checks a template against the sections it must have and the names it may use. */
    static TemplateText parse(String name, String text, Set<String> requiredSections, Set<String> placeholders) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.startsWith("#")) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                String key = section.group(1);
                if (!requiredSections.contains(key)) {
                    throw new TemplateException(name, i + 1, "phần [" + key + "] không có trong mẫu này (chỉ có: " + String.join(", ", requiredSections) + ")",
                            "unknown section [" + key + "]");
                }
                if (sections.containsKey(key)) {
                    throw new TemplateException(name, i + 1, "phần [" + key + "] xuất hiện hai lần", "section [" + key + "] given twice");
                }
                current = new ArrayList<>();
                sections.put(key, current);
                continue;
            }
            if (current == null) {
                if (!line.isBlank()) {
                    throw new TemplateException(name, i + 1, "nội dung nằm ngoài mọi phần [..]", "text outside any [section]");
                }
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                if (!placeholders.contains(m.group(1))) {
                    throw new TemplateException(name, i + 1, "không có giá trị {" + m.group(1) + "} (chỉ dùng được: " + String.join(", ", placeholders) + ")",
                            "unknown placeholder {" + m.group(1) + "}");
                }
            }
            current.add(line);
        }
        for (String required : requiredSections) {
            if (!sections.containsKey(required)) {
                throw new TemplateException(name, 0, "thiếu phần [" + required + "]", "section [" + required + "] missing");
            }
        }
        // Blank lines at the end of a section separate sections in the file; they are not content.
        sections.values().forEach(l -> {
            while (!l.isEmpty() && l.get(l.size() - 1).isBlank()) {
                l.remove(l.size() - 1);
            }
        });
        return new TemplateText(name, sections);
    }

    /**
     * The section's lines with the values put in; a value of several lines (the legal bases) makes several lines.
     * A value never has its own braces read again: it is inserted as it is.
     */
    List<String> lines(String section, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String line : sections.getOrDefault(section, List.of())) {
            StringBuilder b = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                m.appendReplacement(b, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
            }
            m.appendTail(b);
            out.addAll(List.of(b.toString().split("\n", -1)));
        }
        return out;
    }

    String text(String section, Map<String, String> values) {
        return String.join("\n", lines(section, values));
    }

    String name() {
        return name;
    }
}
