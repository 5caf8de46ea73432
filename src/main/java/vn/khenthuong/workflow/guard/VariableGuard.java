package vn.khenthuong.workflow.guard;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khenthuong.workflow.guard.FormVariableAllowList.Rule;

/**
 * Decides, before the engine runs it, whether a command a signed-in user asked for may run. Only the outermost
 * command is judged: what the engine, a delegate or a listener runs inside it is the process's own doing, and our
 * code marks its calls with {@link EngineCalls#trusted}. Administrators (the engine's admin groups) pass. For
 * everyone else it denies by default: a command that writes process state or variables is refused
 * ({@link GuardedCommands}); a completion, form submission or start may carry only the variables its step declares
 * in {@code processes/<process>.form-variables.yaml}, of the declared type and length, so that no variable name,
 * known or not, can steer the route.
 */
class VariableGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(VariableGuard.class);

    private final ProcessEngineConfigurationImpl configuration;
    /** Allow-lists by deployment id: a deployment never changes. */
    private final Map<String, FormVariableAllowList> byDeployment = new ConcurrentHashMap<>();

    VariableGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null || EngineCalls.isTrusted()) {
            return next.execute(command);
        }
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return next.execute(command); // the job executor, start-up, our own system calls
        }
        boolean admin = isAdmin(user);
        if (command instanceof DeleteTaskCmd delete) {
            // Even an administrator cannot delete a process's task (Camunda answers that with a 500).
            return next.execute(checked(command, context -> refuseProcessTasks(context, delete)));
        }
        if (admin) {
            return next.execute(command);
        }
        if (command instanceof AssignTaskCmd assign && field(assign, "userId") == null) {
            // Tasklist's "release" (the × beside one's name) is an assignment to nobody, which Camunda reserves for
            // TASK_ASSIGN; a claimant may give back what they claimed, to the group they claimed it from, and no more.
            String taskId = field(assign, "taskId");
            next.execute(checked(new ClaimTaskCmd(taskId, null), context -> checkRelease(context, taskId, user)));
            return null;
        }
        if (command instanceof CompleteTasks batch) {
            // Our command of many completions: each task judged as its CompleteTaskCmd alone would be, all before any runs.
            return next.execute(checked(command, context -> batch.judge(taskId -> {
                if (checkTask(context, taskId, batch.variables(), true)) {
                    batch.authorized(taskId);
                }
            })));
        }
        GuardedCommands.Kind kind = GuardedCommands.kindOf(command.getClass());
        return switch (kind) {
            case READ, ALLOWED, NOT_ENGINE_COMMAND -> next.execute(command);
            case CHECKED -> next.execute(checked(command, context -> check(context, command, user)));
            case ADMIN_ONLY, UNKNOWN -> {
                String name = command.getClass().getSimpleName();
                if (kind == GuardedCommands.Kind.UNKNOWN) {
                    log.warn("Engine command {} is in no list of GuardedCommands: refused for {}", command.getClass().getName(), user.getUserId());
                }
                throw new CommandRefusedException("Chỉ quản trị viên được thực hiện thao tác này trên quy trình (" + name + ")",
                        "only administrators may run " + name);
            }
        };
    }

    private static boolean hasAny(Collection<String> held, Collection<String> wanted) {
        return held != null && wanted != null && held.stream().anyMatch(wanted::contains);
    }

    private boolean isAdmin(Authentication user) {
        return hasAny(user.getGroupIds(), configuration.getAdminGroups())
                || (configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.getUserId()));
    }

    private interface Check {
        void run(CommandContext context);
    }

    /** Runs the check inside the command's own context and transaction, then the command. */
    private static <T> Command<T> checked(Command<T> command, Check check) {
        return new CheckedCommand<>(command, check::run);
    }

    private void check(CommandContext context, Command<?> command, Authentication user) {
        if (command instanceof CompleteTaskCmd) {
            checkTask(context, field(command, "taskId"), field(command, "variables"), false);
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTask(context, field(command, "taskId"), field(command, "properties"), false);
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = field(command, "processDefinitionId");
            checkStart(context, configuration.getDeploymentCache().findDeployedProcessDefinitionById(definitionId), field(command, "variables"));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
            ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
                    ? configuration.getDeploymentCache().findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
                    : configuration.getDeploymentCache().findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
            checkStart(context, definition, builder.getVariables());
        } else if (command instanceof ClaimTaskCmd) {
            String claimant = field(command, "userId");
            if (claimant == null) {
                checkRelease(context, field(command, "taskId"), user);
            } else if (!claimant.equals(user.getUserId())) {
                throw new CommandRefusedException("Chỉ được nhận nhiệm vụ cho chính mình, không giao cho " + claimant,
                        "you may claim a task only for yourself, not for " + claimant);
            }
        } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
            checkTaskNote(context, field(command, "taskId"));
        } else {
            throw new IllegalStateException("No check for " + command.getClass().getName());
        }
    }

    /**
     * Camunda's own authorization comes first in every answer: someone who may not work on the task gets its 403, never
     * our 400, and so learns nothing of what the step accepts.
     *
     * @param authorizeHere make the engine's check of working on the task here, before the answer's (the batch, whose
     *                      completions rely on it); otherwise the command makes it itself right after this check, so it
     *                      is made here only before refusing the answer
     * @return whether the engine's authorization check of working on the task was made here (and passed)
     */
    private boolean checkTask(CommandContext context, String taskId, Map<String, Object> variables, boolean authorizeHere) {
        if (variables == null || variables.isEmpty() || taskId == null) {
            return false;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return false; // the command itself answers "not found"
        }
        if (authorizeHere) {
            authorizeWork(context, task);
            checkAnswer(context, task, variables);
            return true;
        }
        try {
            checkAnswer(context, task, variables);
        } catch (RuntimeException refused) {
            authorizeWork(context, task);
            throw refused;
        }
        return false;
    }

    private static void authorizeWork(CommandContext context, TaskEntity task) {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    }

    private void checkAnswer(CommandContext context, TaskEntity task, Map<String, Object> variables) {
        FormVariableAllowList allowList = task.getProcessDefinitionId() == null ? FormVariableAllowList.none(null)
                : allowListOf(context, configuration.getDeploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId()));
        checkVariables(allowList, task.getTaskDefinitionKey(), variables);
    }

    /**
     * A comment or attachment goes on a task its author may work on (Camunda's TASK_WORK: a candidate of the task's
     * unit and role, or its assignee), never on a whole dossier or on another unit's task.
     */
    private static void checkTaskNote(CommandContext context, String taskId) {
        if (taskId == null) {
            throw new CommandRefusedException("Ý kiến và tệp đính kèm chỉ ghi vào một nhiệm vụ của ông/bà, không ghi vào cả hồ sơ",
                    "comments and attachments go on a task of yours, not on a whole process instance");
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return; // the command itself answers "not found"
        }
        authorizeWork(context, task);
    }

    /**
     * Giving a task back: only its assignee, and only when a candidate group of the user takes it back (a council
     * member's ballot task, assigned to the member alone, has no one to go back to).
     */
    private static void checkRelease(CommandContext context, String taskId, Authentication user) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getAssignee() == null) {
            return; // the command answers "not found"; releasing an unclaimed task changes nothing
        }
        if (!task.getAssignee().equals(user.getUserId())) {
            throw new CommandRefusedException("Nhiệm vụ này do người khác nhận; chỉ người đã nhận mới trả lại được",
                    "only the user who claimed this task may release it");
        }
        Collection<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean backToGroup = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLinkEntity::getGroupId).anyMatch(groups::contains);
        if (!backToGroup) {
            throw new CommandRefusedException("Nhiệm vụ này được giao riêng cho ông/bà nên không trả lại được; hãy hoàn thành nó",
                    "this task is assigned to you alone and cannot be released");
        }
    }

    private void checkStart(CommandContext context, ProcessDefinitionEntity definition, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty() || definition == null) {
            return;
        }
        String startId = definition.getInitial() == null ? null : definition.getInitial().getId();
        checkVariables(allowListOf(context, definition), startId, variables);
    }

    static void checkVariables(FormVariableAllowList allowList, String stepId, Map<String, Object> variables) {
        VariableMap typed = Variables.fromMap(variables);
        Map<String, Rule> accepted = allowList.variablesOf(stepId);
        for (String name : typed.keySet()) {
            Rule rule = accepted.get(name);
            if (rule == null) {
                String allowed = accepted.isEmpty() ? "bước này không nhận biến nào" : "chỉ nhận " + String.join(", ", accepted.keySet());
                throw new VariableRefusedException(name, "Bước " + stepId + " không nhận biến „" + name + "“ (" + allowed + ")",
                        "step " + stepId + " does not accept variable '" + name + "' (accepted: "
                                + (accepted.isEmpty() ? "none" : String.join(", ", accepted.keySet())) + ")");
            }
            checkValue(name, rule, typed.getValueTyped(name));
        }
    }

    private static void checkValue(String name, Rule rule, TypedValue value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            throw wrongType(name, rule);
        }
        Object v = value.getValue();
        ValueType type = value.getType();
        if (v == null) {
            return;
        }
        boolean ok = switch (rule.type()) {
            case String -> v instanceof String && (type == null || type == ValueType.STRING);
            case Boolean -> v instanceof Boolean && (type == null || type == ValueType.BOOLEAN);
            case Long, Integer -> (v instanceof Long || v instanceof Integer || v instanceof Short)
                    && (type == null || type == ValueType.LONG || type == ValueType.INTEGER || type == ValueType.SHORT);
            case Double -> v instanceof Number && (type == null || type == ValueType.DOUBLE || type == ValueType.LONG || type == ValueType.INTEGER);
            case Date -> v instanceof java.util.Date && (type == null || type == ValueType.DATE);
        };
        if (!ok) {
            throw wrongType(name, rule);
        }
        if (v instanceof String s && rule.maxLength() > 0 && s.length() > rule.maxLength()) {
            throw new VariableRefusedException(name, "Giá trị của „" + name + "“ dài quá " + rule.maxLength() + " ký tự",
                    "variable '" + name + "' is longer than " + rule.maxLength() + " characters");
        }
    }

    private static VariableRefusedException wrongType(String name, Rule rule) {
        return new VariableRefusedException(name, "Biến „" + name + "“ phải có kiểu " + rule.type(),
                "variable '" + name + "' must be of type " + rule.type());
    }

    private FormVariableAllowList allowListOf(CommandContext context, ProcessDefinitionEntity definition) {
        return byDeployment.computeIfAbsent(definition.getDeploymentId() + "/" + definition.getResourceName(), key -> {
            String name = FormVariableAllowList.resourceNameFor(definition.getResourceName());
            ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), name);
            if (resource == null) {
                log.warn("Deployment {} has no {}: the steps of {} accept no variable", definition.getDeploymentId(), name, definition.getKey());
                return FormVariableAllowList.none(definition.getKey());
            }
            return FormVariableAllowList.parse(new java.io.ByteArrayInputStream(resource.getBytes()));
        });
    }

    private static void refuseProcessTasks(CommandContext context, DeleteTaskCmd delete) {
        String one = field(delete, "taskId");
        Collection<String> many = field(delete, "taskIds");
        List<String> ids = one != null ? List.of(one) : many == null ? List.of() : List.copyOf(many);
        String inProcess = ids.stream().map(id -> context.getTaskManager().findTaskById(id))
                .filter(t -> t != null && (t.getProcessInstanceId() != null || t.getCaseInstanceId() != null))
                .map(TaskEntity::getId).collect(Collectors.joining(", "));
        if (!inProcess.isEmpty()) {
            throw new BadUserRequestException("Không xoá được nhiệm vụ thuộc một hồ sơ đang xử lý (" + inProcess + "): nhiệm vụ kết thúc khi được hoàn thành"
                    + " / a task of a running process cannot be deleted (" + inProcess + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (V) f.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name + ": check VariableGuard against this Camunda version");
    }
}
