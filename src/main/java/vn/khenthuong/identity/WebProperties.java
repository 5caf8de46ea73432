package vn.khenthuong.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web settings ({@code khenthuong.web.*}).
 *
 * @param secureCookies true when the application is served over HTTPS (directly or behind a TLS proxy): the session
 *                      and CSRF cookies get {@code Secure}. Its default ({@code KHENTHUONG_SECURE_COOKIES}, else false)
 *                      stays in application.yaml, where the server's and Camunda's cookie settings refer to it.
 */
@ConfigurationProperties("khenthuong.web")
record WebProperties(boolean secureCookies) {
}
