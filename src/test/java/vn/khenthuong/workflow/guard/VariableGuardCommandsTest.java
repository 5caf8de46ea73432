package vn.khenthuong.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/**
 * Scans the engine jar: every command class a caller could make the engine run is in exactly one list of
 * {@link GuardedCommands}. A Camunda upgrade that adds a command fails here until someone decides who may run it.
 */
class VariableGuardCommandsTest {

    @Test
    void everyEngineCommandIsClassified() throws Exception {
        List<String> unclassified = new ArrayList<>();
        for (Class<?> type : engineCommands()) {
            if (GuardedCommands.kindOf(type) == GuardedCommands.Kind.UNKNOWN) {
                unclassified.add(type.getName());
            }
        }
        Collections.sort(unclassified);
        assertThat(unclassified).as("engine commands in no list of GuardedCommands").isEmpty();
    }

    @Test
    void theListsNameExistingClassesAndDoNotOverlap() {
        Set<String> seen = new HashSet<>();
        for (Set<String> list : List.of(GuardedCommands.CHECKED, GuardedCommands.ALLOWED, GuardedCommands.READ, GuardedCommands.ADMIN_ONLY)) {
            for (String name : list) {
                assertThat(seen.add(name)).as("%s in two lists", name).isTrue();
                Class<?> type = load(GuardedCommands.PREFIX + name);
                assertThat(type).as(name).isNotNull();
                assertThat(Command.class.isAssignableFrom(type)).as("%s is a command", name).isTrue();
            }
        }
    }

    @Test
    void whatWritesVariablesOrSteersTheProcessIsForAdministratorsOnly() {
        assertThat(GuardedCommands.ADMIN_ONLY).contains("cmd.SetTaskVariablesCmd", "cmd.SetExecutionVariablesCmd", "cmd.PatchExecutionVariablesCmd",
                "cmd.PatchTaskVariablesCmd", "cmd.RemoveTaskVariablesCmd", "cmd.RemoveExecutionVariablesCmd",
                "cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd", "cmd.ModifyProcessInstanceCmd", "cmd.ProcessInstanceModificationCmd",
                "migration.MigrateProcessInstanceCmd", "cmd.RestartProcessInstancesCmd", "cmd.CorrelateMessageCmd", "cmd.CorrelateAllMessageCmd",
                "cmd.SignalCmd", "cmd.SignalEventReceivedCmd", "cmd.ResolveTaskCmd", "cmd.DelegateTaskCmd", "cmd.AssignTaskCmd", "cmd.SetTaskOwnerCmd",
                "cmd.DeleteTaskCmd", "cmd.DeleteProcessInstanceCmd", "cmd.SuspendProcessInstanceCmd", "cmd.ExecuteJobsCmd", "cmd.SetJobRetriesCmd",
                "cmd.DeployCmd", "cmd.StartProcessInstanceAtActivitiesCmd", "cmd.SaveTaskCmd", "cmd.AddGroupIdentityLinkCmd", "cmd.HandleTaskBpmnErrorCmd");
        assertThat(GuardedCommands.CHECKED).containsExactlyInAnyOrder("cmd.CompleteTaskCmd", "cmd.SubmitTaskFormCmd", "cmd.SubmitStartFormCmd",
                "cmd.StartProcessInstanceCmd", "cmd.ClaimTaskCmd", "cmd.AddCommentCmd", "cmd.CreateAttachmentCmd");
    }

    /** Concrete classes of the engine jar implementing Command, queries aside (they only read). */
    static List<Class<?>> engineCommands() throws Exception {
        JarURLConnection jar = (JarURLConnection) Command.class.getResource("Command.class").openConnection();
        List<Class<?>> found = new ArrayList<>();
        try (JarFile file = jar.getJarFile()) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith("org/camunda/bpm/engine/impl/") || !entry.endsWith(".class") || entry.contains("/test/")) {
                    continue;
                }
                Class<?> type = load(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                if (type == null || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Command.class.isAssignableFrom(type)
                        || AbstractQuery.class.isAssignableFrom(type)) {
                    continue;
                }
                found.add(type);
            }
        }
        assertThat(found).hasSizeGreaterThan(250);
        return found;
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VariableGuardCommandsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
