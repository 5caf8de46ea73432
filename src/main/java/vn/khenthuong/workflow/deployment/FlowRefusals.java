package vn.khenthuong.workflow.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A deployment the flow check refused, answered on /engine-rest (and the webapps' engine API) as a 400 RFC 9457
 * problem detail: Vietnamese {@code title}/{@code detail}, English {@code detailEn}, each problem with its file,
 * element and rule ({@code problems}), and Camunda's {@code message}, which Camunda Modeler shows in its Deploy dialog.
 * Registered in every Jersey application through forced auto-discovery ({@code META-INF/services}), before the
 * generic refusal mappers of {@code workflow.guard.EngineRefusals}.
 */
public final class FlowRefusals implements ForcedAutoDiscoverable {

    /** Before EngineRefusals (1000) and its lost-race mappers (900). */
    static final int PRIORITY = 800;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure(FeatureContext context) {
        // Jersey takes the mapper of the closest exception type first: one per type the refusal may arrive as.
        for (Class<?> mapper : List.of(Direct.class, Wrapped.class, Engine.class)) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper, PRIORITY);
            }
        }
    }

    static FlowRefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The problem detail's fields, shared with the admin endpoint. */
    static Map<String, Object> body(FlowRefusedException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", FlowRefusedException.TITLE);
        body.put("status", 400);
        body.put("detail", refused.detail());
        body.put("detailEn", refused.detailEn());
        body.put("message", refused.detail() + " / " + refused.detailEn());
        List<Map<String, String>> problems = refused.problems().stream().map(p -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("resource", p.resource());
            one.put("element", p.element());
            one.put("rule", p.rule().name());
            one.put("ruleText", p.rule().vi());
            one.put("ruleTextEn", p.rule().en());
            one.put("message", p.detail());
            one.put("messageEn", p.detailEn());
            return one;
        }).toList();
        body.put("problems", problems);
        return body;
    }

    static Response answer(Throwable e) {
        try {
            return Response.status(Response.Status.BAD_REQUEST).type(new MediaType("application", "problem+json", "UTF-8"))
                    .entity(JSON.writeValueAsString(body(refusal(e)))).build();
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Thrown as it is (the deployment resource lets engine exceptions through). */
    public static final class Direct implements ExtendedExceptionMapper<FlowRefusedException> {
        @Override
        public boolean isMappable(FlowRefusedException e) {
            return true;
        }

        @Override
        public Response toResponse(FlowRefusedException e) {
            return answer(e);
        }
    }

    /** Wrapped by a Camunda REST resource. */
    public static final class Wrapped implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return refusal(e) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return answer(e);
        }
    }

    /** Wrapped by the engine. */
    public static final class Engine implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException e) {
            return refusal(e) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return answer(e);
        }
    }
}
