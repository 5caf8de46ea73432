package vn.khenthuong.workflow.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The id of the latest deployed version of each decision table we evaluate from Java, kept between engine commands.
 * The engine looks the latest version up with a query at every evaluation by key, ten per nomination (BENCHMARKS.md), for
 * tables that change a few times a year. {@link #evaluate} takes the version from the engine's deployment cache instead.
 * <ul>
 * <li>A deployment through this engine (FlowDeployer, Modeler, Cockpit, REST) forgets every id at once, and again
 * when it commits, so the new table applies to the next evaluation on this node, as before.</li>
 * <li>Another node of a cluster follows within {@link #MAX_AGE}; the decision history names the version used.</li>
 * <li>An id whose deployment was deleted on this node is no longer in the deployment cache and is looked up again.</li>
 * </ul>
 */
@Component
public class LatestDecisions extends AbstractProcessEnginePlugin {

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

    /** One evaluation: the version evaluated and its result. */
    public record Evaluation(String decisionDefinitionId, DmnDecisionResult result) {
    }

    /** The latest version's id; inside an engine command (a delegate, a listener) or outside one. */
    public String idOf(String key) {
        return configuration.getCommandExecutorTxRequired().execute(command -> latest(key).getId());
    }

    /**
     * Evaluates the latest version of a table, with its decision history like any evaluation (linked to the
     * nomination when called from a delegate or listener), inside an engine command or outside one. Unlike
     * {@code DecisionService.evaluateDecisionById} it neither reads the version's row again nor writes a user
     * operation log entry ("evaluate") for an official who asked for nothing: the table is the process's rule.
     */
    public Evaluation evaluate(String key, Map<String, Object> variables) {
        return configuration.getCommandExecutorTxRequired().execute(command -> {
            DecisionDefinition table = latest(key);
            try {
                return new Evaluation(table.getId(), DecisionEvaluationUtil.evaluateDecision(table, Variables.fromMap(variables)));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ProcessEngineException("Không tính được bảng quyết định " + key + " / cannot evaluate decision " + key, e);
            }
        });
    }

    /** Must run inside an engine command (the look-up of the latest version is a query). */
    private DecisionDefinition latest(String key) {
        DeploymentCache deployments = configuration.getDeploymentCache();
        long now = nanoClock.getAsLong();
        Known k = known.get(key);
        if (k != null && now - k.since() < MAX_AGE.toNanos()) {
            DecisionDefinition cached = deployments.findDecisionDefinitionFromCache(k.id());
            if (cached != null) {
                return cached;
            }
        }
        long before = generation.get();
        DecisionDefinition table = deployments.findDeployedLatestDecisionDefinitionByKey(key);
        if (generation.get() == before) {
            known.put(key, new Known(table.getId(), now));
        }
        return table;
    }
}
