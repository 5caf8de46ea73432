package vn.khenthuong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * What Camunda does not check itself, in front of both doors to the engine's REST API ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine/engine/{name}}) and of the admin webapp's set-up endpoint:
 * <ul>
 * <li>jobs, job definitions and batches are changed by administrators only (jobs without a process definition,
 *     such as history cleanup, are not authorization-checked by Camunda); the auditor may read them;</li>
 * <li>history cleanup, {@code identity/verify} (a password oracle) and other users' credentials: administrators only;</li>
 * <li>the auditor is read-only everywhere: GET, and POST only for the queries that take their filter as a body.</li>
 * </ul>
 * Everything else (task, process and history permissions) is left to Camunda's authorizations.
 */
class EngineAccessFilter extends OncePerRequestFilter {

    /** Group 1: the resource path after the engine's root, e.g. {@code /job/42/retries}. */
    private static final Pattern ENGINE_API = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)(/.*)?$");
    private static final String ADMIN_SETUP = "/camunda/api/admin/setup/";

    private static final Set<String> JOB_RESOURCES = Set.of("job", "job-definition", "batch");
    /** Resources whose list (and {@code /count}) is also a POST query with the filter in the body. */
    private static final Set<String> POST_QUERIES = Set.of("task", "process-instance", "execution", "variable-instance",
            "job", "job-definition", "external-task", "case-instance", "case-execution",
            // Welcome's profile lists the user's groups with POST /group (creating one is POST /group/create).
            "group");
    /** {@code /history/{x}} (and {@code /count}) that are POST queries. */
    private static final Set<String> HISTORY_POST_QUERIES = Set.of("activity-instance", "process-instance", "task",
            "variable-instance", "detail", "job-log", "external-task-log", "case-instance", "case-activity-instance");

    static final String ADMIN_ONLY = "Chỉ quản trị viên được thực hiện thao tác này (công việc nền, dọn dẹp lịch sử, mật khẩu"
            + " của người khác, kiểm tra mật khẩu). / Only administrators may do this (jobs, history cleanup, other users'"
            + " passwords, password checks).";
    static final String READ_ONLY = "Tài khoản thanh tra chỉ được xem, không được thay đổi gì (kể cả bình luận, tệp đính kèm)."
            + " / The auditor account is read-only (no comments or attachments either).";

    static final String CROSS_SITE = "Không nhận yêu cầu thay đổi dữ liệu gửi từ trang web khác. / A write sent from another"
            + " site is refused.";

    private final IdentityService identityService;

    EngineAccessFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith(ADMIN_SETUP) && !ENGINE_API.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSiteWrite(request)) {
            ApiProblemResponses.forbidden(request, response, CROSS_SITE);
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // Spring Security refuses anonymous requests on these paths before us
            return;
        }
        // Groups from the engine, not the session's authorities: memberships may change while a session lives.
        List<String> groups = CamundaPasswordAuthentication.groupsOf(identityService, auth.getName());
        String refusal = groups.contains(Roles.ADMIN) ? null
                : refusal(request.getMethod(), path(request), auth.getName(), groups.contains(Roles.AUDITOR));
        if (refusal != null) {
            ApiProblemResponses.forbidden(request, response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A form post or no-cors fetch from another site. /engine-rest ignores cookies, but a browser that once answered
     * its Basic prompt sends those credentials by itself; API clients (Modeler, curl) send no Sec-Fetch headers.
     */
    private static boolean crossSiteWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        String mode = request.getHeader("Sec-Fetch-Mode");
        return ("cross-site".equals(site) || "same-site".equals(site))
                && ("navigate".equals(mode) || "nested-navigate".equals(mode) || "no-cors".equals(mode));
    }

    /** Why a non-administrator may not make this request, or null when Camunda's own checks decide. */
    static String refusal(String method, String path, String userId, boolean auditor) {
        if (path.startsWith(ADMIN_SETUP)) {
            return ADMIN_ONLY;
        }
        Matcher m = ENGINE_API.matcher(path);
        if (!m.matches()) {
            return null;
        }
        List<String> s = Arrays.stream((m.group(1) == null ? "" : m.group(1)).split("/")).filter(x -> !x.isEmpty()).toList();
        String first = s.isEmpty() ? "" : s.get(0);
        boolean reads = reads(method, s);
        if (JOB_RESOURCES.contains(first)) {
            return auditor && reads ? null : ADMIN_ONLY;
        }
        if (first.equals("history") && s.size() > 1 && s.get(1).equals("cleanup")) {
            return ADMIN_ONLY;
        }
        if (first.equals("identity") && s.size() > 1 && s.get(1).equals("verify")) {
            return ADMIN_ONLY;
        }
        if (first.equals("user") && s.size() > 2 && s.get(2).equals("credentials") && !s.get(1).equals(userId)) {
            return ADMIN_ONLY;
        }
        if (auditor && !reads) {
            return READ_ONLY;
        }
        return null;
    }

    /** GET, or one of the POST queries that only read. */
    private static boolean reads(String method, List<String> s) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (!method.equals("POST") || s.isEmpty()) {
            return false;
        }
        boolean listOrCount = s.size() == 1 || (s.size() == 2 && s.get(1).equals("count"));
        if (listOrCount && POST_QUERIES.contains(s.get(0))) {
            return true;
        }
        if (s.get(0).equals("history") && s.size() >= 2 && HISTORY_POST_QUERIES.contains(s.get(1))) {
            return s.size() == 2 || (s.size() == 3 && s.get(2).equals("count"));
        }
        // Tasklist lists a filter's tasks with a POST holding extra query criteria.
        return s.get(0).equals("filter") && s.size() == 3 && Set.of("list", "count", "singleResult").contains(s.get(2));
    }

    /** The decoded path inside the application: JAX-RS matches decoded segments, so must we. */
    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return UriUtils.decode(uri, StandardCharsets.UTF_8);
    }
}
