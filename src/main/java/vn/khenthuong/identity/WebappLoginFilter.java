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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own login form (shown after a webapp logout) posts to /camunda/api/admin/auth/user/{engine}/login/{app}.
 * We sign the user in to Spring Security with the same credentials and let the request go on to Camunda, so that
 * form, too, opens one session for everything. A failed attempt goes on unchanged and Camunda answers it.
 */
class WebappLoginFilter extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final AuthenticationManager authenticationManager;

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
        Authentication auth = null;
        if (username != null && password != null) {
            try {
                auth = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            } catch (AuthenticationException e) {
                // Camunda checks the password again and refuses the login itself.
            }
        }
        chain.doFilter(request, response);
        // Camunda renews the session on login (no session fixation); the Spring login goes into the renewed one.
        HttpSession session = request.getSession(false);
        if (auth != null && response.getStatus() == HttpServletResponse.SC_OK && session != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
