package vn.khenthuong.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * What a Vietnamese screen must not show (issue 17): English words of Camunda's interface, raw codes, login names
 * instead of people's names, "null". Checks the text a person reads; returns what it found, one line each.
 */
public final class ScreenCheck {

    /**
     * English words of Camunda's screens and of our own, matched as whole words and case-sensitively, so that
     * "Tasklist", "Cockpit", "Admin", "Camunda" (product names kept in the header) and Vietnamese text do not match.
     * Multi-word entries are phrases. Built from what issue 17 saw, and Camunda's English labels of the same screens.
     */
    static final List<String> ENGLISH = List.of(
            // Cockpit, DMN viewer, Admin
            "Actions", "Hit Policy", "Hit policy", "When", "Then", "And", "Annotations", "Annotation", "Rule order", "Output order",
            "Dashboard", "Processes", "Decisions", "Deployments", "Batches", "Human Tasks", "Migrations", "Users", "Groups", "Tenants",
            "Authorizations", "System", "Permissions", "Resource", "Process Definitions", "Running", "Incidents", "Open Incidents",
            "Access", "Workflow", "Version", "Instances", "Definition", "Variables", "Suspended", "Activity",
            // permissions and group types as stored
            "ACCESS", "WORKFLOW", "SYSTEM", "READ", "UPDATE", "CREATE", "DELETE", "TASK_WORK", "TASK_ASSIGN", "READ_HISTORY",
            "CREATE_INSTANCE", "READ_INSTANCE",
            // Tasklist
            "No matching", "Filter Tasks", "Add Comment", "Start process", "Start Process", "Claim", "Unclaim", "Complete", "Created",
            "Follow-up date", "Due date", "Assignee", "Description", "History", "Diagram", "Form", "Save", "Cancel", "Close", "Sort by",
            "minutes ago", "seconds ago", "a few seconds ago", "hours ago", "days ago", "Loading", "Search", "Create task", "Add a simple filter",
            // the welcome page, the header, empty answers
            "Welcome", "Profile", "Log out", "Sign out", "Applications", "Your profile", "Not found", "Forbidden", "Unauthorized",
            "Internal Server Error", "Bad Request", "Error", "Exception", "undefined", "NaN", "Invalid date", "[object Object]",
            // the date picker
            "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
            // ("Thu" is also Vietnamese: "Thu ngân sách", "Thu nhập")
            "Sun", "Mon", "Tue", "Wed", "Fri", "Sat", "Today");

    /** A raw code: six or more capitals, digits or underscores standing alone (ACHIEVEMENT_REPORT, IN_PROGRESS, BK_TINH_2). */
    static final Pattern RAW_CODE = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z][A-Z0-9_]{5,}(?![\\p{L}\\p{N}_-])");
    /** Capitals that are words of the documents, not codes: abbreviations of agencies the legal sources name. */
    static final Set<String> ALLOWED_CAPITALS = Set.of(
            // Sở Văn hóa, Thể thao và Du lịch (a rule's note on /can-cu.html cites its published text)
            "VHTTDL");
    static final Pattern NULL = Pattern.compile("(?<![\\p{L}\\p{N}_])null(?![\\p{L}\\p{N}_])");

    private final Set<String> logins;
    private final List<Pattern> english;

    private ScreenCheck(Set<String> logins) {
        this.logins = logins;
        this.english = ENGLISH.stream().map(w -> Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])")).toList();
    }

    /** The deny-lists with the demo users' logins (seeds/users.yaml and the stand-ins of seeds/sample-dossiers.yaml). */
    public static ScreenCheck withDemoLogins() {
        Set<String> logins = new LinkedHashSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream users = new ClassPathResource("seeds/users.yaml").getInputStream();
             InputStream samples = new ClassPathResource("seeds/sample-dossiers.yaml").getInputStream()) {
            for (JsonNode user : yaml.readTree(users).get("users")) {
                logins.add(user.get("id").asText());
            }
            yaml.readTree(samples).path("standIns").fieldNames().forEachRemaining(logins::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only dotted logins can be told from words: "admin", "thanhtra" are also ordinary words of a screen.
        logins.removeIf(l -> !l.contains("."));
        return new ScreenCheck(logins);
    }

    /** The webapps' product names in their headers ("Camunda Welcome"): names, not English sentences. */
    static final Pattern PRODUCT_NAMES = Pattern.compile("Camunda (Welcome|Tasklist|Cockpit|Admin)");

    /** What is wrong with this text; empty when nothing. */
    public List<String> findings(String screenText) {
        String text = PRODUCT_NAMES.matcher(screenText).replaceAll("Camunda");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ENGLISH.size(); i++) {
            Matcher m = english.get(i).matcher(text);
            if (m.find()) {
                found.add("English \"" + ENGLISH.get(i) + "\" in «" + around(text, m.start(), m.end()) + "»");
            }
        }
        Matcher code = RAW_CODE.matcher(text);
        while (code.find()) {
            if (!ALLOWED_CAPITALS.contains(code.group())) {
                found.add("raw code " + code.group() + " in «" + around(text, code.start(), code.end()) + "»");
            }
        }
        Matcher nulls = NULL.matcher(text);
        if (nulls.find()) {
            found.add("null in «" + around(text, nulls.start(), nulls.end()) + "»");
        }
        for (String login : logins) {
            // A login inside an e-mail address (xa.pusamcap@example.vn) is the address, not a name shown instead of a person.
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])" + Pattern.quote(login) + "(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])").matcher(text);
            if (m.find()) {
                found.add("login " + login + " in «" + around(text, m.start(), m.end()) + "»");
            }
        }
        return found;
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
    }
}
