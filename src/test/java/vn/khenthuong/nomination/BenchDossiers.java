package vn.khenthuong.nomination;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark's way into the dossier service: the same calls the REST API makes for a signed-in official
 * (file, upload, read), without HTTP. Test code.
 */
public class BenchDossiers {

    /** The smallest valid PDF, checked by its magic bytes like any upload. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final DossierService dossiers;
    private final IdentityService identityService;

    private BenchDossiers(DossierService dossiers, IdentityService identityService) {
        this.dossiers = dossiers;
        this.identityService = identityService;
    }

    /** Not a bean, so that no other test context gets it. */
    public static BenchDossiers from(ApplicationContext context) {
        return new BenchDossiers(context.getBean(DossierService.class), context.getBean(IdentityService.class));
    }

    public static NewDossier individual(String awardKind, String name, String idNumber, int year) {
        return new NewDossier(awardKind, null, "PERIODIC", NomineeKind.INDIVIDUAL, name, idNumber, 1985, "MALE",
                "Trưởng bản", "Bản Pu Sam Cáp", null, null, null,
                "Vận động Nhân dân hiến đất, góp công làm 3 km đường giao thông nông thôn.", year);
    }

    /** Files as {@code user} (a commune official) and uploads one small PDF for each document kind given. */
    public String fileWithDocuments(String user, NewDossier dossier, List<String> documentKinds) {
        return as(user, () -> {
            String[] code = new String[1];
            vn.khenthuong.workflow.BenchEngine.timed("start", () -> code[0] = dossiers.file(dossier, List.of()));
            for (String kind : documentKinds) {
                vn.khenthuong.workflow.BenchEngine.timed("upload", () -> dossiers.upload(code[0], kind, kind.toLowerCase() + ".pdf", PDF));
            }
            return code[0];
        });
    }

    /** What GET /api/nominations/{code} answers, read as {@code user}. */
    public String view(String user, String code) {
        return as(user, () -> dossiers.view(code).status());
    }

    private <T> T as(String user, Supplier<T> work) {
        // As a request to /api: Spring Security's user, and the engine running as that user with the groups
        // EngineAuthenticationFilter reads from Camunda for every request.
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority("bench"))));
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
    }
}
