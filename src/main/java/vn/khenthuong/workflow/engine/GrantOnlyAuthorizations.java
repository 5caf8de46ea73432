package vn.khenthuong.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authorizations are grants only (issue 21: "a narrower authorization model … {@code authorizationCheckRevokes=never}
 * once no REVOKE is used"). Every access in this system is given by a GRANT (identity.IdentitySetup, the task and
 * history grants the engine writes); access is taken away by deleting the grant or leaving the group. So:
 * <ul>
 * <li>a REVOKE authorization is refused wherever it is saved — Admin, {@code /engine-rest}, Java — with a clear reason,
 * because with revokes unchecked it would silently do nothing;</li>
 * <li>the engine then stops asking, in every command that checks a permission, whether any REVOKE exists
 * ({@code authorizationCheckRevokes=never}). If the database still holds REVOKEs saved before (a restored backup, a
 * hand-written row), the check stays on ({@code auto}) and a warning at start-up counts them: they are obeyed until deleted;</li>
 * <li>the user's groups are used as they are, not first narrowed to the groups that appear in ACT_RU_AUTHORIZATION:
 * Camunda narrows them with {@code SELECT DISTINCT GROUP_ID_} over the whole table in every such command, to keep the
 * IN list short for users of hundreds of LDAP groups. Ours have one to three, and a group without any row matches no
 * row, so every answer is the same — one full read of the table less per command, and the table grows with the year's
 * tasks.</li>
 * </ul>
 * Together: two statements fewer in each command that checks a permission (about 20 per nomination's lifecycle).
 */
@Component
public class GrantOnlyAuthorizations extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(GrantOnlyAuthorizations.class);

    /** In Admin's words: its type column shows "CHO PHÉP" (GRANT) and "TỪ CHỐI" (REVOKE). */
    static final String REFUSED = "Hệ thống chỉ dùng phân quyền kiểu CHO PHÉP (GRANT), không dùng kiểu TỪ CHỐI (REVOKE): để bỏ một quyền, "
            + "hãy xoá phân quyền CHO PHÉP tương ứng hoặc đưa người dùng ra khỏi nhóm. / Only GRANT authorizations are used here, "
            + "not REVOKE: to take a permission away, delete the grant or remove the user from the group.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new Factory());
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.setAuthorizationCheckRevokes(revokeCheckFor(engine));
    }

    /** "never" while no REVOKE is stored; "auto" (Camunda's default: checked when one applies) while any is. */
    public static String revokeCheckFor(ProcessEngine engine) {
        long revokes = engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
        if (revokes == 0) {
            return ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER;
        }
        log.warn("{} REVOKE authorization(s) stored from before: revokes stay checked (authorizationCheckRevokes=auto), which costs a "
                + "statement in every command; replace each by deleting the grant it narrows, then restart. / Còn {} quyền thu hồi "
                + "(REVOKE) cũ: hệ thống vẫn xét chúng; hãy thay bằng việc xoá quyền đã cấp rồi khởi động lại.", revokes, revokes);
        return ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO;
    }

    static final class Factory implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new Manager();
        }
    }

    /** Camunda's manager, refusing REVOKEs and using the user's groups as given. */
    static final class Manager extends AuthorizationManager {

        @Override
        public void insert(DbEntity authorization) {
            refuseRevoke(authorization);
            super.insert(authorization);
        }

        @Override
        public void update(AuthorizationEntity authorization) {
            refuseRevoke(authorization);
            super.update(authorization);
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST : new ArrayList<>(authenticatedGroupIds);
        }

        private static void refuseRevoke(DbEntity entity) {
            if (entity instanceof AuthorizationEntity a && a.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
                throw new BadUserRequestException(REFUSED);
            }
        }
    }
}
