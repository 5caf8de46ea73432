package vn.khenthuong.workflow;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;

/**
 * The activities a process only passes through, whose rows in Camunda's activity history (ACT_HI_ACTINST) record
 * nothing that another row does not: a gateway (the branch it took is the activity that follows, its moment the end
 * of the one before), a multi-instance body (its span is that of its instances, each with its own row) and a plain
 * start event (the moment its process or sub-process started, which has its own row). The audit trail shows none of
 * them, and {@link HistoryFilter} does not write them.
 */
public final class PassThroughActivities {

    static final Set<String> TYPES = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
            ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX, ActivityTypes.GATEWAY_EVENT_BASED,
            ActivityTypes.MULTI_INSTANCE_BODY, ActivityTypes.START_EVENT);

    private PassThroughActivities() {
    }

    /** Whether an activity of this type ({@code HistoricActivityInstance#getActivityType()}) is passed through. */
    public static boolean contains(String activityType) {
        return activityType != null && TYPES.contains(activityType);
    }
}
