package vn.khenthuong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met before a controller (signing in, finding the user's groups in the engine's identity tables):
 * 503 with a Vietnamese problem detail within the pool's connection timeout, not Spring's default 500 JSON. Outermost,
 * so it also covers the security filters; what a controller or the engine's REST API answers itself is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!outage(e) || response.isCommitted()) {
                throw e;
            }
            log.error("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            response.resetBuffer();
            response.setStatus(503);
            response.setHeader("Retry-After", "30");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Hệ thống tạm thời không truy cập được cơ sở dữ liệu\",\"status\":503,"
                    + "\"detail\":\"Cơ sở dữ liệu tạm thời không truy cập được; không có gì bị ghi. Vui lòng thử lại sau ít phút.\","
                    + "\"detailEn\":\"The database is temporarily unavailable; nothing was written. Please try again in a few minutes.\"}");
        }
    }

    static boolean outage(Throwable e) {
        return DatabaseOutage.in(e);
    }
}
