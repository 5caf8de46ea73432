package vn.khenthuong.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * /engine-rest answers a refusal of ours (a {@link BadUserRequestException} thrown inside the engine: a control
 * character, a listener's check) with 400 and its message, which Tasklist shows. Camunda's task completion and
 * process start wrap every engine exception into a 500 RestException; this mapper, preferred to Camunda's by
 * its priority, looks through that wrapper.
 */
@Component
class EngineBadRequests implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    @Priority(1000) // before Camunda's RestExceptionHandler (default priority 5000)
    public static class Mapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof BadUserRequestException refused) {
                    ExceptionDto dto = ExceptionDto.fromException(refused);
                    dto.setType(BadUserRequestException.class.getSimpleName());
                    dto.setCode(refused.getCode());
                    return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
                }
            }
            return camunda.toResponse(e);
        }
    }
}
