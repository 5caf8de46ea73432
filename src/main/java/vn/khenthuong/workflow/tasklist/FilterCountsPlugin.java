package vn.khenthuong.workflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Installs {@link GrantedTasks}' statements and puts {@link FilterCounts} last among the custom interceptors of the engine's default executor: after the variable
 * guard, which judges what the user asked (a filter count) and passes it on.
 */
@Component
class FilterCountsPlugin extends AbstractProcessEnginePlugin {

    private FilterCounts counts;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        counts = new FilterCounts(configuration);
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(counts);
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        counts.installed = GrantedTasks.install(configuration); // needs the engine's MyBatis configuration, built by now
    }

    /** For the bench only: Camunda's own count, measured in the same run. */
    void enable(boolean enabled) {
        counts.enabled = enabled;
    }
}
