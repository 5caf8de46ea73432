package vn.khenthuong.identity;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password because the account or the client address is blocked for a while. */
class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("Đăng nhập sai quá nhiều lần, thử lại sau " + retryAfterSeconds + " giây / too many failed sign-ins");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
