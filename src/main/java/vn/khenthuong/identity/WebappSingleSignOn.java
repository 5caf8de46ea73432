package vn.khenthuong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security login to the Camunda webapps (Tasklist, Cockpit, Admin), so one login serves all.
 * Public with a no-argument constructor: Camunda's ContainerBasedAuthenticationFilter creates it by class name.
 */
public class WebappSingleSignOn extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null || auth.getName().isBlank()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(auth.getName());
        // Groups from the engine, not from the authorities: memberships may change while a session lives.
        List<String> groups = CamundaPasswordAuthentication.groupsOf(engine.getIdentityService(), auth.getName());
        result.setGroups(groups);
        return result;
    }
}
