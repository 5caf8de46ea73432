package vn.khenthuong.workflow.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link VariableGuard} in front of both of the engine's command executors, so that it judges every call
 * whatever door it came through: /engine-rest, the webapps' /camunda/api/engine, our /api, the Java API.
 */
@Component
class VariableGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        VariableGuard guard = new VariableGuard(configuration);
        configuration.setCustomPreCommandInterceptorsTxRequired(withFirst(configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFirst(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new VariableGuard(configuration)));
    }

    private static List<CommandInterceptor> withFirst(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(guard);
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }
}
