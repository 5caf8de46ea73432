package vn.khenthuong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: our login page (session) or HTTP Basic, checked against Camunda's identity service.
 * The Camunda webapps and /engine-rest then run as that user through Camunda's own container-based filters,
 * registered after the Spring Security chain, so Camunda authorizations apply everywhere. /engine-rest takes
 * HTTP Basic only (its own chain); EngineAccessFilter adds the checks Camunda does not make.
 */
@Configuration
class SecurityConfig {

    /** Cookie that carries our CSRF token for /api and the login form; sent back in the X-XSRF-TOKEN header or _csrf parameter. */
    static final String CSRF_COOKIE = "KT-XSRF-TOKEN";
    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    AuthenticationManager authenticationManager(IdentityService identityService, LoginThrottle throttle) {
        ProviderManager manager = new ProviderManager(new CamundaPasswordAuthentication(identityService, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /**
     * /engine-rest (Modeler, scripts): HTTP Basic on every request and nothing else. The session cookie is ignored,
     * so a page on another site cannot use a signed-in browser to write through it; no CSRF token is
     * needed because no cookie authenticates here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                        IdentityService identityService) throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses();
        // Written directly (problem+json with the Basic challenge), not through the error page: an error dispatch of a
        // refused multipart upload fails in Spring MVC.
        AuthenticationEntryPoint entryPoint = ApiProblemResponses.throttleAware(problems);
        http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
                .addFilterAfter(new EngineAccessFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            IdentityService identityService,
                                            WebProperties web) throws Exception {
        boolean secureCookies = web.secureCookies();
        ApiProblemResponses problems = new ApiProblemResponses();
        AuthenticationEntryPoint apiEntryPoint = ApiProblemResponses.throttleAware(problems);
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        RequestMatcher camundaApi = new AntPathRequestMatcher("/camunda/api/**");

        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null); // load the token on every request so the cookie is always there for our pages
        CookieCsrfTokenRepository csrfRepository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfRepository.setCookiePath("/");
        // Not XSRF-TOKEN: the Camunda webapps use that cookie name for their own token, and Angular sends whatever it finds there.
        csrfRepository.setCookieName(CSRF_COOKIE);
        csrfRepository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secureCookies));

        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        // The webapps ask who is signed in (404 when nobody) and may sign in with their own form.
                        .requestMatchers(HttpMethod.GET, "/camunda/api/admin/auth/user/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/login", "/dang-nhap.html", "/dang-nhap.css", "/dang-nhap.js", "/favicon.ico", "/error").permitAll()
                        // Audit trail: auditors and administrators only, read-only (audit.AuditController, /tra-cuu.html).
                        .requestMatchers("/api/audit/**", "/tra-cuu.html", "/tra-cuu.js", "/tra-cuu.css").hasAnyAuthority(Roles.AUDITOR, Roles.ADMIN)
                        // Rules catalogue with legal bases: auditors and administrators only, read-only (rules.RulesController, /can-cu.html).
                        .requestMatchers("/api/rules", "/api/rules/**", "/can-cu.html", "/can-cu.js", "/can-cu.css").hasAnyAuthority(Roles.AUDITOR, Roles.ADMIN)
                        // Demo mailbox (embedded GreenMail): administrators only (notification.NotificationController, /hop-thu-demo.html).
                        .requestMatchers("/api/demo-mailbox", "/hop-thu-demo.html", "/hop-thu-demo.js").hasAuthority(Roles.ADMIN)
                        // Migration of running nominations to another process version: administrators only (workflow.migration, /chuyen-phien-ban.html).
                        .requestMatchers("/api/admin/migrations", "/api/admin/migrations/**", "/chuyen-phien-ban.html", "/chuyen-phien-ban.js",
                                "/chuyen-phien-ban.css").hasAuthority(Roles.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        // Each role lands where its work is: the auditor on the audit page, everyone else in Tasklist.
                        .successHandler((request, response, authentication) -> response.sendRedirect(request.getContextPath()
                                + Landing.of(authentication)))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException throttled ? "/login?throttled=" + throttled.retryAfterSeconds() : "/login?error"))))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), camundaApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(problems, api)
                        // A page the role may not use says so in Vietnamese, with the way back, instead of raw JSON.
                        .defaultAccessDeniedHandlerFor(Landing::deniedPage, request -> true))
                // The webapps have their own CSRF protection (Camunda's CsrfPreventionFilter: X-XSRF-TOKEN and same
                // origin); requests with an Authorization header carry no cookie-based login and need none.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfRepository)
                        .csrfTokenRequestHandler(csrfHandler)
                        .requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                                && request.getHeader("Authorization") == null
                                && !isUnder(request, "/camunda/")))
                .headers(headers -> headers
                        // Our dossier page is shown in an iframe inside Tasklist forms.
                        .frameOptions(frame -> frame.sameOrigin())
                        // The Camunda webapps send their own policy (nonces, inline styles); ours covers our pages and /api.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !isUnder(request, "/camunda/") && !isUnder(request, "/swagger-ui"),
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
                .addFilterBefore(new WebappLoginFilter(authenticationManager), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new EngineAccessFilter(identityService), AuthorizationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    /** Our pages load scripts, styles and fonts from our own origin only, and may be framed by our own pages (Tasklist). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** A path the firewall refuses ({@code ..}, {@code ;}, encoded slashes...) is the client's mistake: 400, not 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> ApiProblemResponses.rejected(request, response);
    }

    /** Before everything else, Spring's request-path parsing included. */
    @Bean
    FilterRegistrationBean<RequestFirewall> requestFirewall() {
        FilterRegistrationBean<RequestFirewall> registration = new FilterRegistrationBean<>(new RequestFirewall());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("requestFirewall");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ErrorDispatchWithoutUpload> errorDispatchWithoutUpload() {
        FilterRegistrationBean<ErrorDispatchWithoutUpload> registration = new FilterRegistrationBean<>(new ErrorDispatchWithoutUpload());
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("errorDispatchWithoutUpload");
        return registration;
    }

    private static boolean isUnder(HttpServletRequest request, String prefix) {
        return request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }

    /** Webapps: Camunda's filter asks our provider who the Spring Security user is. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", WebappSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.setName("camundaWebappSingleSignOn");
        return registration;
    }

    /** Logging out of a webapp also ends the Spring Security session. */
    @Bean
    FilterRegistrationBean<WebappLogoutFilter> webappLogout() {
        FilterRegistrationBean<WebappLogoutFilter> registration = new FilterRegistrationBean<>(new WebappLogoutFilter());
        registration.addUrlPatterns("/camunda/api/admin/auth/*");
        registration.setOrder(AFTER_SPRING_SECURITY + 1);
        registration.setName("camundaWebappLogout");
        return registration;
    }

    /** /engine-rest: every request runs as the authenticated user, with their groups. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider.class.getName(),
                "rest-url-pattern-prefix", "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        registration.setName("camundaEngineRestAuthentication");
        return registration;
    }
}
