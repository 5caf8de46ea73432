package vn.khenthuong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall rules ({@code ..}, {@code //}, {@code ;}, encoded slashes...), applied before every
 * other filter: some of them (Spring's request-path parsing, Camunda's) fail with 500 on such paths before Spring
 * Security's own firewall is reached. A rejected path is the client's mistake: 400 with a problem detail.
 */
class RequestFirewall extends OncePerRequestFilter {

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            ApiProblemResponses.rejected(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
