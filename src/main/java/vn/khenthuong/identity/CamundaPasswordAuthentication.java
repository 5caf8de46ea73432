package vn.khenthuong.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password against Camunda's identity service; the user's groups become authorities.
 * Every way in (login page, webapp login, HTTP Basic) comes through here, so the login throttle applies to all.
 */
class CamundaPasswordAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(CamundaPasswordAuthentication.class);

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaPasswordAuthentication(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw badCredentials();
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        LoginThrottle.Standing standing = throttle.standing(userId, address);
        if (standing.secondsBlocked() > 0) {
            throw new LoginThrottledException(standing.secondsBlocked());
        }
        if (!passwordMatches(userId, credentials.toString())) {
            throttle.failed(userId, address);
            throw badCredentials();
        }
        throttle.succeeded(userId, standing);
        List<GrantedAuthority> authorities = groupsOf(identityService, userId).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    private boolean passwordMatches(String userId, String password) {
        // An account stored without a password makes Camunda's hash check fail inside the engine (an NPE logged as an
        // engine error): nobody may sign in as it, so it is refused (401) before the check is asked for.
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getPassword() == null || user.getPassword().isEmpty()) {
            if (user != null) {
                log.warn("Sign-in refused: the account has no password");
            }
            return false;
        }
        return identityService.checkPassword(userId, password);
    }

    private static BadCredentialsException badCredentials() {
        // No user name or password in the message: neither belongs in a log.
        return new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / bad credentials");
    }

    static List<String> groupsOf(IdentityService identityService, String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
