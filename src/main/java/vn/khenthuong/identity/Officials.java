package vn.khenthuong.identity;

import java.util.List;
import java.util.Optional;

/** Who officials are, backed by Camunda's identity service (users, groups, memberships). */
public interface Officials {

    Optional<Official> find(String userId);

    /**
     * A person as pages and exports name them: full name, then position and unit (the names of their groups), e.g.
     * "Lò Văn Thắng (Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp)"; the login itself for an unknown user.
     */
    String describe(String userId);

    /** The name of a group (a unit's role, e.g. "Cán bộ thi đua, khen thưởng – Xã Pu Sam Cáp"), or its id. */
    String groupName(String groupId);

    /** The official of the current request or engine call; throws when nobody is signed in. */
    Official current();

    /** The e-mail address the identity store holds for the user (notifications), empty when none. */
    Optional<String> email(String userId);

    /** Users in the group {@code role.unitCode}, e.g. the members of a district's emulation council. */
    List<String> members(String role, String unitCode);

    /** The same users with the names {@link #find} gives them (user id → name, in user id order), read in one query. */
    java.util.Map<String, String> memberNames(String role, String unitCode);

    /** Whether the current official may read a dossier filed by {@code unitCode} (their unit, one below it, or everything for province roles and auditors). */
    boolean canRead(Official official, String unitCode);
}
