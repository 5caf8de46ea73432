package vn.khenthuong.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Checks a user name and password against Camunda's identity service; the user's groups become authorities. */
class CamundaPasswordAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaPasswordAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            // No user name or password in the message: neither belongs in a log.
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / bad credentials");
        }
        List<GrantedAuthority> authorities = groupsOf(identityService, userId).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    static List<String> groupsOf(IdentityService identityService, String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
