package vn.khenthuong.workflow;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
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
 * The voting-deadline timer ({@code closeVoting}) takes the same lock before its job touches the meeting: otherwise it
 * would cancel the meeting's executions first and wait for the round in the tally, while a vote holding the round waits
 * for those executions — opposite orders, which PostgreSQL ends by aborting one side as a deadlock. In this order the
 * timer waits for the vote in progress, and a vote that comes after the timer finds its task gone.
 * <p>
 * Runs inside the engine's transaction and command context (a post-command interceptor), so the lock is held until
 * the completion commits. Not by an asynchronous continuation after the vote: its job would race the secretary's
 * close instead.
 */
@Component
class CouncilMeetingTurns extends AbstractProcessEnginePlugin {

    /** The boundary timer of the council meeting that closes the voting at its deadline. */
    static final String CLOSE_VOTING = "closeVoting";

    private static final Set<String> MEETING_TASKS = Set.of(NominationProcess.COUNCIL_VOTE, NominationProcess.RECORD_WRITTEN_BALLOTS);

    /** Looked up at the first meeting task, then kept (this plugin is built before the engine the rounds need). */
    private final Supplier<CouncilRounds> rounds;

    CouncilMeetingTurns(ObjectProvider<CouncilRounds> rounds) {
        this.rounds = SingletonSupplier.of(rounds::getObject);
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
            String taskId = given instanceof CompleteTaskCmd || given instanceof SubmitTaskFormCmd ? field(given, "taskId") : null;
            String jobId = given instanceof ExecuteJobsCmd ? field(given, "jobId") : null;
            CommandContext context = taskId == null && jobId == null ? null : Context.getCommandContext();
            if (context != null && taskId != null) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task != null && task.getProcessInstanceId() != null && MEETING_TASKS.contains(task.getTaskDefinitionKey())) {
                    rounds.get().waitForOpenRound(task.getProcessInstanceId());
                }
            } else if (context != null) {
                JobEntity job = context.getJobManager().findJobById(jobId);
                if (job != null && job.getProcessInstanceId() != null && CLOSE_VOTING.equals(job.getActivityId())) {
                    rounds.get().waitForOpenRound(job.getProcessInstanceId());
                }
            }
            return next.execute(command);
        }
    }

    private static String field(Command<?> command, String name) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (String) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read the " + name + " of " + command.getClass().getName(), e);
            }
        }
        return null;
    }
}
