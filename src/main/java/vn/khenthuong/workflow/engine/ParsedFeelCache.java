package vn.khenthuong.workflow.engine;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The DMN engine's FEEL engine, parsing each cell of a decision table once instead of at every evaluation. Camunda's
 * {@link ScalaFeelEngine} parses the text of every input entry and output entry each time a table is evaluated: a
 * third of the time our DMN evaluations took in the bench profile (BENCHMARKS.md). Evaluation itself is unchanged
 * (the same engine, value mappers and context as Camunda's); a text that does not parse, or an evaluation that
 * fails, goes to Camunda's own method so the official sees the same error as before.
 */
@Component
public class ParsedFeelCache extends AbstractProcessEnginePlugin {

    /** Enough for every cell of every table version an administrator deploys; past it the cache starts over. */
    static final int MAX_ENTRIES = 20_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return; // the legacy JUEL-based FEEL engine caches on its own
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // Read when the DMN engine is built, after every plugin has added its functions.
        dmn.feelEngineFactory(() -> new CachingFeelEngine(configuration.getDmnFeelCustomFunctionProviders()));
        configuration.setDmnEngineConfiguration(dmn);
    }

    public static final class CachingFeelEngine extends ScalaFeelEngine {
        private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
        private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

        CachingFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
            super(functionProviders);
        }

        int cachedTexts() {
            return expressions.size() + unaryTests.size();
        }

        boolean isCached(String text) {
            return expressions.containsKey(text) || unaryTests.containsKey(text);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
            if (parsed != null) {
                Either<?, Object> result = feelEngine.eval(parsed, context(new ContextVariableWrapper(variables)));
                if (result instanceof Right<?, Object> right) {
                    return (T) right.value();
                }
            }
            return super.evaluateSimpleExpression(expression, variables);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
            if (parsed != null) {
                // As Camunda's: the name of the input variable, then the decision's variables.
                VariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>(INPUT_VARIABLE_NAME, inputVariable));
                Either<?, Object> result = feelEngine.eval(parsed, context(new VariableProvider.CompositeVariableProvider(
                        toScalaList(input, new ContextVariableWrapper(variables)))));
                if (result instanceof Right<?, Object> right && right.value() instanceof Boolean applies) {
                    return applies;
                }
            }
            return super.evaluateSimpleUnaryTests(expression, inputVariable, variables);
        }

        private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
                                               Function<String, Either<?, ParsedExpression>> parser) {
            ParsedExpression known = cache.get(text);
            if (known != null) {
                return known;
            }
            if (!(parser.apply(text) instanceof Right<?, ParsedExpression> right)) {
                return null;
            }
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(text, right.value());
            return right.value();
        }

        private static CustomContext context(VariableProvider variables) {
            return new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return variables;
                }
            };
        }
    }
}
