package vn.khenthuong.workflow.block;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal of the feature (who may act, what is missing) inside the engine, as its "bad request": /engine-rest and
 * Tasklist answer 400 with the Vietnamese reason; our API unwraps the original status ({@link CamundaYearEndWorkflow}).
 */
class BlockRefusedException extends BadUserRequestException {

    BlockRefusedException(ResponseStatusException refused) {
        super(refused.getReason(), refused);
    }

    ResponseStatusException refusal() {
        return (ResponseStatusException) getCause();
    }

    /** Runs a feature call, turning its refusal into the engine's bad request. */
    static <T> T refusing(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ResponseStatusException refused) {
            throw new BlockRefusedException(refused);
        }
    }

    static void refusing(Runnable call) {
        refusing(() -> {
            call.run();
            return null;
        });
    }
}
