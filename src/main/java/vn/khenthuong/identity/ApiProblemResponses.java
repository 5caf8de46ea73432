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

    /** 429 with Retry-After: the account or the client address is blocked for a while after failed sign-ins. */
    static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, HttpStatus.TOO_MANY_REQUESTS, request.getRequestURI(),
                "Đăng nhập sai quá nhiều lần / Too many failed sign-ins",
                "Tài khoản hoặc địa chỉ này tạm bị khóa đăng nhập; thử lại sau " + retryAfterSeconds + " giây. / Sign-in is paused"
                        + " for this account or address; try again in " + retryAfterSeconds + " seconds.");
    }

    /** 403 with the reason: a refusal of ours, before the engine (identity.EngineAccessFilter). */
    static void forbidden(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, request.getRequestURI(), "Không có quyền / Forbidden", detail);
    }

    /** 400 for a request the firewall rejects (e.g. {@code ..}, {@code ;} or an encoded slash in the path). */
    static void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, null, "Yêu cầu không hợp lệ / Bad request",
                "Đường dẫn của yêu cầu chứa ký tự hoặc đoạn không được phép. / The request path contains characters or segments that are not allowed.");
    }

    /** Entry point that answers a throttled sign-in with 429 and anything else through the given entry point. */
    static AuthenticationEntryPoint throttleAware(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                tooManyAttempts(request, response, throttled.retryAfterSeconds());
            } else {
                otherwise.commence(request, response, e);
            }
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, String instance, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + json(detail) + "\"" + (instance == null ? "" : ",\"instance\":\"" + json(instance) + "\"") + "}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
