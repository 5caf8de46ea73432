package vn.khenthuong.workflow;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.khenthuong.council.CouncilRounds;
import vn.khenthuong.workflow.guard.CheckedCommand;

/**
 * Completions of a council meeting's tasks — each member's councilVote, the secretary's recordWrittenBallots — take
 * the meeting's round lock before the engine reads anything of the process instance. Members voting at the same
 * instant then complete one after another (a few milliseconds each) and each reads the engine's multi-instance counters
 * (nrOfCompletedInstances …) as the previous one left them: none of them loses a race it never ran (issue 20: 39 of 80
 * simultaneous votes had failed on those counters). The secretary's close waits for a vote in progress the same way;
 * a vote that comes after the close still finds its task gone or the round closed, and gets 409.
 * <p>
 * Runs inside the engine's transaction and command context (a post-command interceptor), so the lock is held until
 * the completion commits. Not by an asynchronous continuation after the vote: its job would race the secretary's
 * close instead.
 */
@Component
class CouncilMeetingTurns extends AbstractProcessEnginePlugin {

    private static final Set<String> MEETING_TASKS = Set.of(NominationProcess.COUNCIL_VOTE, NominationProcess.RECORD_WRITTEN_BALLOTS);

    private final ObjectProvider<CouncilRounds> rounds;

    CouncilMeetingTurns(ObjectProvider<CouncilRounds> rounds) {
        this.rounds = rounds;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(with(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(new Turns());
        return interceptors;
    }

    private final class Turns extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            // A user's completion reaches here as VariableGuard checks it; an administrator's or our own, as given.
            Command<?> given = command instanceof CheckedCommand<?> checked ? checked.command() : command;
            String taskId = given instanceof CompleteTaskCmd || given instanceof SubmitTaskFormCmd ? taskId(given) : null;
            CommandContext context = taskId == null ? null : Context.getCommandContext();
            if (context != null) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task != null && task.getProcessInstanceId() != null && MEETING_TASKS.contains(task.getTaskDefinitionKey())) {
                    rounds.getObject().waitForOpenRound(task.getProcessInstanceId());
                }
            }
            return next.execute(command);
        }
    }

    private static String taskId(Command<?> command) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("taskId");
                f.setAccessible(true);
                return (String) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read the task id of " + command.getClass().getName(), e);
            }
        }
        return null;
    }
}
