package vn.khenthuong.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The application's log while a browser test runs: every ERROR, and every WARN that carries an exception (a stack
 * trace in the log is a server error whatever its level), as "logger: message". Attached to the root logger.
 */
public final class ServerLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> errors = new ArrayList<>();

    public static ServerLog attach() {
        ServerLog log = new ServerLog();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        log.setContext(context);
        log.setName("browser-test-server-log");
        log.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
        return log;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (clientLeft(event)) {
            return;
        }
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || (event.getLevel() == Level.WARN && event.getThrowableProxy() != null)) {
            String cause = event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName() + ": "
                    + event.getThrowableProxy().getMessage() + ")";
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    /**
     * The browser went on to the next screen while an answer was still being written (Tomcat's ClientAbortException,
     * "Broken pipe"): the client's leaving, not a server error.
     */
    static boolean clientLeft(ILoggingEvent event) {
        for (var t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            if (t.getClassName().endsWith("ClientAbortException") || String.valueOf(t.getMessage()).contains("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    /** The errors logged since the last call. */
    public synchronized List<String> drain() {
        List<String> copy = List.copyOf(errors);
        errors.clear();
        return copy;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
    }
}
