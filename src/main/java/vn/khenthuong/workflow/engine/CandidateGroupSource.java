package vn.khenthuong.workflow.engine;

import java.util.Set;

/**
 * A bean that a diagram calls in {@code camunda:candidateGroups} (e.g. {@code ${blockUnits.officers(unit)}}) says which
 * roles its groups belong to, so that a deployment check can tell a task someone may claim from one nobody can.
 */
public interface CandidateGroupSource {

    /** The roles (the part before the dot of a group {@code role.unitCode}) of the groups this bean returns. */
    Set<String> candidateRoles();
}
