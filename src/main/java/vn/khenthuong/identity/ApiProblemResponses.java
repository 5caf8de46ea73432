package vn.khenthuong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for /api as RFC 9457 problem details, in Vietnamese with the English beside it. */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        // Invites HTTP Basic clients to authenticate, without the browser's own dialog for our pages (no realm prompt for XHR).
        response.setHeader("WWW-Authenticate", "Basic realm=\"khenthuong\"");
        write(response, HttpStatus.UNAUTHORIZED, request.getRequestURI(),
                "Chưa đăng nhập / Not signed in",
                "Hãy đăng nhập (phiên đăng nhập hoặc HTTP Basic) để dùng API này. / Sign in (session or HTTP Basic) to use this API.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, request.getRequestURI(),
                "Không có quyền / Forbidden",
                "Bạn không có quyền thực hiện yêu cầu này, hoặc thiếu mã CSRF. / You may not do this, or the CSRF token is missing.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String instance, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(instance) + "\"}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
