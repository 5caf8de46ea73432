package vn.khenthuong.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A feature's refusal (who may act, what is missing) raised inside the engine, as its "bad request": /engine-rest and
 * Tasklist answer 400 with the Vietnamese reason, the engine does not log it as a failure, and the feature's own API
 * unwraps the original status with {@link #refusal()}. Used by the process adapters of the block year end and the
 * annulment.
 */
public class FeatureRefusedException extends BadUserRequestException {

    FeatureRefusedException(ResponseStatusException refused) {
        super(refused.getReason(), refused);
    }

    public ResponseStatusException refusal() {
        return (ResponseStatusException) getCause();
    }

    /** Runs a feature call, turning its refusal into the engine's bad request. */
    public static <T> T refusing(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResponseStatusException refused) {
            throw new FeatureRefusedException(refused);
        }
    }

    public static void refusing(Runnable call) {
        refusing(() -> {
            call.run();
            return null;
        });
    }
}
