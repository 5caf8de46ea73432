package vn.khenthuong.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.khenthuong.audit.DeletionAttempted;
import vn.khenthuong.workflow.engine.ActingUser;

/**
 * Writes every attempt to delete a nomination's process instance through the REST API or Cockpit onto the audit
 * chain, refused or not: Camunda's operation log only keeps deletions that succeeded.
 */
@Configuration
class DeletionAttemptAudit {

    /** {@code DELETE …/process-instance/{id}} of /engine-rest and of the webapps' own API. */
    static final Pattern DELETE_INSTANCE = Pattern.compile("/(?:engine-rest|camunda/api/engine/engine/[^/]+)/process-instance/([^/?]+)/?$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> deletionAttemptAuditFilter(HistoryService history, ProcessEngineConfigurationImpl engine,
                                                                           ApplicationEventPublisher events) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"DELETE".equals(request.getMethod()) || !DELETE_INSTANCE.matcher(request.getRequestURI()).find();
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Matcher m = DELETE_INSTANCE.matcher(request.getRequestURI());
                m.find();
                String instanceId = m.group(1);
                // Read before the call: a successful deletion may remove the instance's history.
                HistoricProcessInstance instance = ActingUser.withoutAuthorizationChecks(engine,
                        () -> history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult());
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (instance != null && NominationProcess.PROCESS_KEY.equals(instance.getProcessDefinitionKey())) {
                        Principal user = request.getUserPrincipal();
                        int status = response.getStatus();
                        events.publishEvent(new DeletionAttempted(instance.getBusinessKey(), user == null ? "anonymous" : user.getName(), instanceId,
                                request.getRequestURI(), status, status >= 200 && status < 300));
                    }
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // After Spring Security and Camunda's authentication filters, so the user and the answer are known.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
