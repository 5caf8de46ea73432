package vn.khenthuong.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The id of the latest deployed version of each decision table we evaluate from Java, kept between engine commands.
 * The engine looks the latest version up with a query at every evaluation by key, ten per nomination (issue 6), for
 * tables that change a few times a year. Evaluating by this id goes through the engine's deployment cache instead.
 * <ul>
 * <li>A deployment through this engine (FlowDeployer, Modeler, Cockpit, REST) forgets every id at once, and again
 * when it commits, so the new table applies to the next evaluation on this node, as before.</li>
 * <li>Another node of a cluster follows within {@link #MAX_AGE}; the decision history names the version used.</li>
 * <li>An id whose deployment was deleted on this node is no longer in the deployment cache and is looked up again.</li>
 * </ul>
 */
@Component
class LatestDecisions extends AbstractProcessEnginePlugin {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private record Known(String id, long since) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    /** Moves on at every deployment, so a look-up that started before it does not keep its answer. */
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanoClock;
    private volatile ProcessEngineConfigurationImpl configuration;

    @Autowired
    LatestDecisions() {
        this(System::nanoTime);
    }

    /** For a test that plays another node: its own clock, attached to the engine without hearing its deployments. */
    LatestDecisions(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        attach(configuration);
        List<Deployer> deployers = configuration.getCustomPostDeployers();
        if (deployers == null) {
            deployers = new ArrayList<>();
            configuration.setCustomPostDeployers(deployers);
        }
        deployers.add(deployment -> forget());
    }

    void attach(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    private void forget() {
        generation.incrementAndGet();
        known.clear();
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
                generation.incrementAndGet();
                known.clear();
            });
        }
    }

    /** The latest version's id; inside an engine command (a delegate, a listener) or outside one. */
    String idOf(String key) {
        long now = nanoClock.getAsLong();
        Known k = known.get(key);
        if (k != null && now - k.since() < MAX_AGE.toNanos()
                && configuration.getDeploymentCache().findDecisionDefinitionFromCache(k.id()) != null) {
            return k.id();
        }
        long before = generation.get();
        String id = configuration.getCommandExecutorTxRequired().execute(command ->
                command.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(key).getId());
        if (generation.get() == before) {
            known.put(key, new Known(id, now));
        }
        return id;
    }
}
