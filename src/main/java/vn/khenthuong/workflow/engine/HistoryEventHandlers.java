package vn.khenthuong.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/** Adds a handler to the engine's custom history event handlers, keeping those other plugins added before it. */
public final class HistoryEventHandlers {

    private HistoryEventHandlers() {
    }

    /** After the handlers already there. */
    public static void append(ProcessEngineConfigurationImpl configuration, HistoryEventHandler handler) {
        List<HistoryEventHandler> handlers = current(configuration);
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Before the handlers already there (a handler that must see each event first). */
    public static void prepend(ProcessEngineConfigurationImpl configuration, HistoryEventHandler handler) {
        List<HistoryEventHandler> handlers = current(configuration);
        handlers.add(0, handler);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private static List<HistoryEventHandler> current(ProcessEngineConfigurationImpl configuration) {
        return configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    }
}
