/**
 * Who is signed in and what they may do: one login (our login page, HTTP Basic, the Camunda webapps) checked against
 * Camunda's identity service, roles and unit groups ({@code role.unitCode}), the login throttle, and the web security
 * of every door (CSRF, cookies, the engine's REST API). At start-up it brings Camunda's groups, authorizations and the
 * demo users or first administrator in line with the catalogue. With {@code workflow}, the only package that talks to
 * the engine (the security bridge).
 * <p>
 * Owns the table {@code login_throttle} and Camunda's identity tables ({@code ACT_ID_*}, {@code ACT_RU_AUTHORIZATION}).
 * Offers {@link vn.khenthuong.identity.Officials} ({@link vn.khenthuong.identity.Official}: the signed-in official and
 * the units they act for per role) and {@link vn.khenthuong.identity.Roles}; {@link vn.khenthuong.identity.WebappSingleSignOn}
 * is public for Camunda's filter only. Settings: {@code khenthuong.web.*} ({@code WebProperties}) and
 * {@code khenthuong.admin.*} ({@code AdminProperties}).
 */
package vn.khenthuong.identity;
