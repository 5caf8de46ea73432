package vn.khenthuong.workflow.tasklist;

import org.springframework.context.ApplicationContext;

/** For the bench and FilterCountsTest: switches the count by grants off (Camunda's own count) and on again. */
public final class FilterCountSwitch {

    private FilterCountSwitch() {
    }

    public static void enable(ApplicationContext context, boolean enabled) {
        context.getBean(FilterCountsPlugin.class).enable(enabled);
    }
}
