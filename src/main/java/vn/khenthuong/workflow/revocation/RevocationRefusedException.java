package vn.khenthuong.workflow.revocation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal of the feature inside the engine, as its "bad request": /engine-rest and Tasklist answer 400 with the
 * Vietnamese reason; our API unwraps the original status ({@link CamundaRevocationWorkflow}).
 */
class RevocationRefusedException extends BadUserRequestException {

    RevocationRefusedException(ResponseStatusException refused) {
        super(refused.getReason(), refused);
    }

    ResponseStatusException refusal() {
        return (ResponseStatusException) getCause();
    }

    static <T> T refusing(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ResponseStatusException refused) {
            throw new RevocationRefusedException(refused);
        }
    }

    static void refusing(Runnable call) {
        refusing(() -> {
            call.run();
            return null;
        });
    }
}
