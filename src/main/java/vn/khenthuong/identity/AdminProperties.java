package vn.khenthuong.identity;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator of a production start ({@code khenthuong.admin.*}, or {@code KHENTHUONG_ADMIN_USER} and
 * {@code KHENTHUONG_ADMIN_PASSWORD}); created by {@link IdentitySetup} when the demo users are off. Both unset: none.
 */
@Validated
@ConfigurationProperties("khenthuong.admin")
record AdminProperties(String user, String password) {

    boolean wanted() {
        return user != null && !user.isBlank();
    }

    @AssertTrue(message = "khenthuong.admin.password (KHENTHUONG_ADMIN_PASSWORD) must be set when khenthuong.admin.user is")
    boolean isPasswordGivenWithUser() {
        return !wanted() || password != null && !password.isBlank();
    }
}
