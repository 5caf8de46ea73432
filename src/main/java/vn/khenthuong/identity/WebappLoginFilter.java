package vn.khenthuong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own login form (shown after a webapp logout) posts to /camunda/api/admin/auth/user/{engine}/login/{app}.
 * We sign the user in to Spring Security with the same credentials and let the request go on to Camunda, so that
 * form, too, opens one session for everything. A failed or throttled attempt is answered here (401, 429).
 */
class WebappLoginFilter extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final AuthenticationManager authenticationManager;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    WebappLoginFilter(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        Authentication auth;
        try {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
            attempt.setDetails(details.buildDetails(request)); // the client address, for the login throttle
            auth = authenticationManager.authenticate(attempt);
        } catch (LoginThrottledException e) {
            ApiProblemResponses.tooManyAttempts(request, response, e.retryAfterSeconds());
            return;
        } catch (AuthenticationException e) {
            // Refused here, not by Camunda: its own check would count the failure again, or fail with 500 on an
            // account without a password.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
        // Camunda renews the session on login (no session fixation); the Spring login goes into the renewed one.
        HttpSession session = request.getSession(false);
        if (response.getStatus() == HttpServletResponse.SC_OK && session != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
