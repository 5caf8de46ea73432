package vn.khenthuong.workflow.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PreDestroy;
import java.util.IdentityHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import vn.khenthuong.work.WorkRefusal;
import vn.khenthuong.work.WorkRefusedException;

/**
 * Keeps an expected refusal out of the ERROR log. The engine logs a BadUserRequestException or AuthorizationException
 * of a command at DEBUG, but only when the command throws it as such: a refusal thrown by a task listener reaches the
 * command context wrapped ("Exception while invoking TaskListener", a plain ProcessEngineException), as does a task
 * refused inside a batch completion (CompleteTasks.TaskFailed), and then ENGINE-16004 logs it at ERROR with its stack
 * trace — for an official who left a comment out. Such an entry is replaced by one INFO line naming the refusal; a
 * failure whose causes hold no refusal (a bug, the database gone) is logged at ERROR with its trace, as before.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(RefusalLogFilter.class);

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setContext(context);
            start();
            context.addTurboFilter(this);
        }
    }

    @PreDestroy
    void remove() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !LostRaceLogFilter.ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        Throwable refusal = thrown == null ? null : refusal(thrown);
        if (refusal == null) {
            return FilterReply.NEUTRAL;
        }
        log.info("ENGINE-16004 lệnh bị từ chối (lỗi người dùng, không phải sự cố) / command refused (a user error, not a failure): {}: {}",
                refusal.getClass().getSimpleName(), refusal.getMessage());
        return FilterReply.DENY;
    }

    /** The refusal among {@code thrown} and its causes, or null when there is none (a real failure). */
    static Throwable refusal(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = thrown; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof BadUserRequestException || e instanceof AuthorizationException) {
                return e;
            }
            if (e instanceof WorkRefusedException w && w.refusal().kind() != WorkRefusal.Kind.FAILED) {
                return e;
            }
        }
        return null;
    }
}
