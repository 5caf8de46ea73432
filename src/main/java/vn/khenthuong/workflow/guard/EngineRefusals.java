package vn.khenthuong.workflow.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khenthuong.workflow.engine.ActingUser;
import vn.khenthuong.workflow.engine.LostRaces;

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

    /** Before the refusals: a lost race is 409 even when a refusal of ours is further down its cause chain. */
    static final int LOST_RACE_PRIORITY = 900;

    private static final Logger log = LoggerFactory.getLogger(EngineRefusals.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(WrappedRefusals.class)) {
            context.register(WrappedRefusals.class, PRIORITY);
        }
        if (!context.getConfiguration().isRegistered(EngineExceptionRefusals.class)) {
            context.register(EngineExceptionRefusals.class, PRIORITY);
        }
        for (Class<?> races : List.of(WrappedRaces.class, EngineRaces.class, OtherRaces.class)) {
            if (!context.getConfiguration().isRegistered(races)) {
                context.register(races, LOST_RACE_PRIORITY);
            }
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

    /**
     * 409 for the loser of a race, as an RFC 9457 problem detail that also carries Camunda's {@code message} (which
     * Tasklist shows) and {@code code}; one WARN line in the log.
     */
    static Response conflict(Throwable e) {
        log.warn("Lost race on the engine's REST API, answered 409: {}", LostRaces.logLine(e));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", LostRaces.TITLE_VI);
        body.put("status", 409);
        body.put("detail", LostRaces.detailVi(e));
        body.put("detailEn", LostRaces.detailEn(e));
        body.put("message", LostRaces.detailVi(e));
        body.put("code", 409);
        try {
            return Response.status(Response.Status.CONFLICT).type(new MediaType("application", "problem+json", "UTF-8"))
                    .entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Whether the database was unreachable (no connection within the pool's timeout). */
    static boolean outage(Throwable e) {
        return vn.khenthuong.identity.DatabaseOutage.in(e);
    }

    /** 503 with a Vietnamese problem detail while the database is unreachable, within the pool's connection timeout. */
    static Response unavailable(Throwable e) {
        log.error("Database unavailable on the engine's REST API, answered 503: {}", String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Hệ thống tạm thời không truy cập được cơ sở dữ liệu");
        body.put("status", 503);
        body.put("detail", "Cơ sở dữ liệu tạm thời không truy cập được; không có gì bị ghi. Vui lòng thử lại sau ít phút.");
        body.put("detailEn", "The database is temporarily unavailable; nothing was written. Please try again in a few minutes.");
        body.put("message", body.get("detail"));
        try {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .type(new MediaType("application", "problem+json", "UTF-8")).entity(JSON.writeValueAsString(body)).build();
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** 503 for an outage, 409 for a lost race, else null (not ours to answer). */
    static Response raceOrOutage(Throwable e) {
        if (outage(e)) {
            return unavailable(e);
        }
        if (LostRaces.lost(e) || vanishedTask(e)) {
            return conflict(e);
        }
        return null;
    }

    /**
     * Whether {@code e} is an authorization refusal on a task that no longer exists: the winner of the race deleted the
     * task and, with it, the loser's permission on it between the loser's reading the task and checking the permission.
     * A refusal on a task that exists stays 403. The lookup runs without authorization checks (it only asks whether the
     * row exists).
     */
    static boolean vanishedTask(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException refused && !(t instanceof CommandRefusedException)) {
                List<String> taskIds = refused.getMissingAuthorizations().stream()
                        .filter(m -> "Task".equals(m.getResourceType()) && m.getResourceId() != null && !"*".equals(m.getResourceId()))
                        .map(MissingAuthorization::getResourceId).toList();
                if (taskIds.isEmpty()) {
                    return false;
                }
                ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
                if (engine == null) {
                    return false;
                }
                return taskIds.stream().allMatch(id -> ActingUser.asSystem(engine.getIdentityService(),
                        () -> engine.getTaskService().createTaskQuery().taskId(id).count()) == 0);
            }
        }
        return false;
    }

    /**
     * Lost races and outages, mapped at each type Camunda has a mapper for (Jersey takes the closest type first):
     * wrapped by Camunda's REST resource (task completion, form submission), thrown by the engine, or thrown raw.
     */
    public static final class WrappedRaces implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return e.getCause() != null && (outage(e.getCause()) || LostRaces.lost(e.getCause()) || vanishedTask(e.getCause()));
        }

        @Override
        public Response toResponse(RestException e) {
            return raceOrOutage(e.getCause());
        }
    }

    public static final class EngineRaces implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException e) {
            return outage(e) || LostRaces.lost(e) || vanishedTask(e);
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return raceOrOutage(e);
        }
    }

    public static final class OtherRaces implements ExtendedExceptionMapper<RuntimeException> {
        @Override
        public boolean isMappable(RuntimeException e) {
            return !(e instanceof RestException) && !(e instanceof ProcessEngineException) && (outage(e) || LostRaces.lost(e));
        }

        @Override
        public Response toResponse(RuntimeException e) {
            return raceOrOutage(e);
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
