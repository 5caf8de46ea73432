package vn.khenthuong.workflow.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Camunda's REST layer turns most exceptions of the engine into 500, also a refusal thrown by our guard, a delegate
 * or a listener (a refused dossier, a refused variable, a ballot in the wrong place), which it wraps in a
 * {@link RestException}. These mappers answer such refusals as what they are, 400 (or 403), with the Vietnamese
 * message, in Camunda's own error format ({@code type}, {@code message}) that Tasklist shows. Registered in every
 * Jersey application (/engine-rest and the webapps' /camunda/api/engine) through Jersey's forced auto-discovery
 * ({@code META-INF/services}); their priority puts them before Camunda's mappers of the same exception types.
 */
public final class EngineRefusals implements ForcedAutoDiscoverable {

    /** Before Camunda's mappers (no priority, i.e. 5000): Jersey prefers the lower value at the same distance. */
    static final int PRIORITY = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(WrappedRefusals.class)) {
            context.register(WrappedRefusals.class, PRIORITY);
        }
        if (!context.getConfiguration().isRegistered(EngineExceptionRefusals.class)) {
            context.register(EngineExceptionRefusals.class, PRIORITY);
        }
    }

    /** The first refusal in the cause chain, or null: a user's mistake, not a failure of the system. */
    static ProcessEngineException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadUserRequestException || t instanceof AuthorizationException) {
                return (ProcessEngineException) t;
            }
        }
        return null;
    }

    static Response answer(ProcessEngineException refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", refusal.getClass().getSimpleName());
        body.put("message", refusal.getMessage());
        body.put("code", refusal.getCode());
        try {
            return Response.status(refusal instanceof AuthorizationException ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal Camunda's REST resource wrapped into a 500 RestException. */
    public static final class WrappedRefusals implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return (e.getStatus() == null || e.getStatus() == Response.Status.INTERNAL_SERVER_ERROR) && refusal(e.getCause()) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return answer(refusal(e.getCause()));
        }
    }

    /** A refusal the engine wrapped in a ProcessEngineException (a listener's, a delegate's). */
    public static final class EngineExceptionRefusals implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException e) {
            return !(e instanceof BadUserRequestException) && !(e instanceof AuthorizationException) && refusal(e) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return answer(refusal(e));
        }
    }
}
