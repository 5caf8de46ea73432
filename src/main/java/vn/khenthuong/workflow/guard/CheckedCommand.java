package vn.khenthuong.workflow.guard;

import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A caller's command that {@link VariableGuard} checks inside the command's own context and transaction before running
 * it. Interceptors further down the chain that look at the kind of command (e.g. which task a completion is for) read
 * the caller's command through {@link #command()}.
 */
public final class CheckedCommand<T> implements Command<T> {

    private final Command<T> command;
    private final Consumer<CommandContext> check;

    CheckedCommand(Command<T> command, Consumer<CommandContext> check) {
        this.command = command;
        this.check = check;
    }

    /** The command as the caller gave it. */
    public Command<T> command() {
        return command;
    }

    @Override
    public T execute(CommandContext context) {
        check.accept(context);
        return command.execute(context);
    }
}
