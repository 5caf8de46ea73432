package vn.khenthuong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.util.HtmlUtils;

/**
 * Where a role lands after signing in, and what a page it may not use says: an auditor's work is the audit page
 * ({@code /tra-cuu.html}), everyone else's is in Tasklist; a refused page answers 403 with a short Vietnamese page
 * that names who may use it and links to the reader's own landing page, not with a problem detail meant for programs.
 */
final class Landing {

    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String AUDIT_PAGE = "/tra-cuu.html";

    private Landing() {
    }

    static String of(Authentication authentication) {
        boolean auditor = has(authentication, Roles.AUDITOR);
        return auditor && !has(authentication, Roles.ADMIN) ? AUDIT_PAGE : TASKLIST;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    static void deniedPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String who = denied instanceof org.springframework.security.web.csrf.CsrfException
                ? "Trang đã mở quá lâu hoặc phiên làm việc đã hết hạn: hãy tải lại trang rồi làm lại."
                : path.startsWith("/tra-cuu")
                ? "Trang tra cứu nhật ký hồ sơ chỉ dành cho Thanh tra, kiểm tra và quản trị viên."
                : "Trang này không dành cho vai trò của tài khoản đang đăng nhập.";
        String home = request.getContextPath() + of(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không có quyền dùng trang này</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/dang-nhap.css\"></head><body><main class=\"card\">"
                + "<h1>" + (denied instanceof org.springframework.security.web.csrf.CsrfException ? "Chưa thực hiện được" : "Không có quyền dùng trang này")
                + "</h1><p>" + HtmlUtils.htmlEscape(who, "UTF-8") + "</p>"
                + "<p>Nếu ông/bà cần dùng trang này, hãy liên hệ quản trị viên hệ thống.</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(home, "UTF-8") + "\">Về trang làm việc của tôi</a></p></main></body></html>");
    }
}
