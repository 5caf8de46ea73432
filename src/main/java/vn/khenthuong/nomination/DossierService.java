package vn.khenthuong.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/** What the API does for the signed-in official: file, read, upload, download; access by unit. */
@Service
class DossierService {

    private final NominationWorkflow workflow;
    private final NominationStore store;
    private final Documents documents;
    private final Officials officials;
    private final Catalog catalog;
    private final JdbcNominations nominations;
    private final ApplicationEventPublisher events;
    private final Ballots ballots;

    DossierService(NominationWorkflow workflow, NominationStore store, Documents documents, Officials officials, Catalog catalog,
                   JdbcNominations nominations, ApplicationEventPublisher events, Ballots ballots) {
        this.ballots = ballots;
        this.events = events;
        this.nominations = nominations;
        this.workflow = workflow;
        this.store = store;
        this.documents = documents;
        this.officials = officials;
        this.catalog = catalog;
    }

    /**
     * One transaction with the engine's: a refused dossier leaves neither a row nor a process instance. The
     * filing rules run first, together with the shape problems Bean Validation found, so the official gets
     * every problem at once (one per field) and the engine never sees a dossier it would refuse.
     */
    @Transactional
    String file(NewDossier dossier, List<FieldProblem> shapeProblems) {
        String userId = officials.current().userId();
        List<FieldProblem> problems = new ArrayList<>(shapeProblems);
        Set<String> flagged = shapeProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        nominations.problemsOf(dossier, userId).stream().filter(p -> !flagged.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        return workflow.start(dossier, userId);
    }

    /**
     * The filings of {@link #file}, all or none, in one transaction and one engine command (see
     * {@link NominationWorkflow#startAll}); the first refused dossier throws with its problems and nothing is kept.
     */
    @Transactional
    List<String> fileAll(List<NewDossier> dossiers) {
        String userId = officials.current().userId();
        for (NewDossier dossier : dossiers) {
            List<FieldProblem> problems = nominations.problemsOf(dossier, userId);
            if (!problems.isEmpty()) {
                throw new InvalidDossierException(problems);
            }
        }
        return workflow.startAll(dossiers, userId);
    }

    @Transactional(readOnly = true)
    DossierView view(String code) {
        Official official = officials.current();
        Dossier d = readable(code, official);
        NewDossier c = d.content();
        List<Unit> lineage = catalog.lineage(d.unitCode());
        Optional<AwardKind> kind = catalog.awardKind(c.awardKindCode());
        List<Documents.DocumentInfo> docs = documents.list(d.id());
        java.util.Map<String, String> described = new java.util.HashMap<>();
        java.util.function.Function<String, String> names = login -> login == null ? null
                : "system".equals(login) ? "Hệ thống" : described.computeIfAbsent(login, officials::describe);
        List<DossierView.DocumentView> docViews = docs.stream().map(i -> new DossierView.DocumentView(i.id(), i.kind(), DocumentKinds.vi(i.kind()),
                i.fileName(), i.contentType(), i.sizeBytes(), i.sha256(), i.version(),
                docs.stream().noneMatch(o -> o.kind().equals(i.kind()) && o.version() > i.version()),
                i.uploadedBy(), names.apply(i.uploadedBy()), i.uploadedAt(), "/api/nominations/" + d.code() + "/documents/" + i.id())).toList();
        List<DossierView.StepView> history = store.steps(d.id()).stream().map(s -> new DossierView.StepView(s.step(), Labels.stepName(s.step()),
                s.outcome(), Labels.outcome(s.step(), s.outcome()), s.comment(), s.deadline(), s.actor(), names.apply(s.actor()), s.actedAt())).toList();
        List<DossierView.Ref> current = workflow.currentSteps(d.code()).stream().map(s -> new DossierView.Ref(s, Labels.stepName(s))).toList();
        List<DossierView.Ref> required = kind.map(k -> k.requiredDocuments().stream().sorted()
                .map(r -> new DossierView.Ref(r, DocumentKinds.vi(r))).toList()).orElse(List.of());
        List<DossierView.Ref> kinds = DocumentKinds.all().stream().map(l -> new DossierView.Ref(l.code(), l.name())).toList();
        return new DossierView(d.code(), d.status().value(), d.status().label(), d.closingReason(), c.year(),
                ref(lineage, Tier.COMMUNE, d.unitCode()), twoTier(lineage, c.year(), d) ? null : ref(lineage, Tier.DISTRICT, null),
                ref(lineage, Tier.PROVINCE, null),
                new DossierView.Ref(c.awardKindCode(), kind.map(AwardKind::name).orElse(c.awardKindCode())),
                c.movementCode() == null ? null : new DossierView.Ref(c.movementCode(),
                        catalog.movement(c.movementCode()).map(m -> m.name()).orElse(c.movementCode())),
                c.procedureKind(), Labels.procedureKind(c.procedureKind()), c.nomineeKind().value(), c.nomineeKind().label(), c.nomineeName(),
                c.nomineeIdNumber(), c.nomineeBirthYear(), c.nomineeGender(), c.nomineePosition(), c.nomineeAddress(),
                c.memberCount(), c.headName(), c.taxCode(), c.achievements(), d.createdBy(), names.apply(d.createdBy()), d.createdAt(), current, history,
                docViews, required, kinds, mayUpload(official, d), myBallots(d.code(), official), c.awardedPosthumously(),
                c.awardedPosthumously() ? c.posthumous().receiverName() : null, c.awardedPosthumously() ? c.posthumous().receiverRelation() : null);
    }

    /** Written ballots the secretary recorded for the reader (a council member), each with the sentence shown in the dossier. */
    private List<DossierView.MyBallot> myBallots(String code, Official official) {
        return ballots.writtenBallotsOf(code, official.userId()).stream().map(b -> {
            String name = catalog.unit(b.councilUnit()).map(u -> Character.toLowerCase(u.name().charAt(0)) + u.name().substring(1))
                    .orElse(b.councilUnit());
            return new DossierView.MyBallot(b.round(), new DossierView.Ref(b.councilUnit(), name), b.secret(), b.paperReference(),
                    b.recordedBy(), b.recordedAt(), b.vote(), b.messageVi(name));
        }).toList();
    }

    /**
     * Whether the dossier went commune → province, as its route was decided at filing (the same reference date):
     * then no district proposes it, even if the catalogue still lists the commune's former district.
     */
    private static boolean twoTier(List<Unit> lineage, int year, Dossier d) {
        return TierModels.TWO_TIER.equals(TierModels.of(lineage, TierModels.referenceDate(year, d.createdAt().toLocalDate())));
    }

    private static DossierView.Ref ref(List<Unit> lineage, Tier tier, String fallback) {
        return lineage.stream().filter(u -> u.tier() == tier).findFirst().map(u -> new DossierView.Ref(u.code(), u.name()))
                .orElse(fallback == null ? null : new DossierView.Ref(fallback, fallback));
    }

    @Transactional
    Documents.DocumentInfo upload(String code, String kind, String fileName, byte[] content) {
        Official official = officials.current();
        // Locked as it is read: two uploads of one kind must not take the same version number.
        Dossier d = readable(store.findForUpdate(code), code, official);
        if (!mayUpload(official, d)) {
            throw new DocumentRefusedException(HttpStatus.FORBIDDEN,
                    d.inProgress() ? "Chỉ cán bộ của xã lập hồ sơ được tải tài liệu lên" : "Hồ sơ đã kết thúc, không nhận thêm tài liệu",
                    d.inProgress() ? "Only officials of the filing commune may upload" : "The nomination is closed");
        }
        return documents.add(d, kind, fileName, content, official.userId());
    }

    @Transactional // not read-only: the download is written to the audit trail
    Documents.DocumentContent download(String code, long id) {
        Official official = officials.current();
        Dossier d = readable(code, official);
        Documents.DocumentContent content = documents.content(d.id(), id).orElseThrow(() -> new NominationNotFoundException(code + "/" + id));
        events.publishEvent(Documents.downloaded(code, official.userId(), content.info()));
        return content;
    }

    /**
     * A dossier the official may not read is answered like one that does not exist (404), so that codes of
     * other units' nominations cannot be probed.
     */
    private Dossier readable(String code, Official official) {
        return readable(store.find(code), code, official);
    }

    private Dossier readable(Optional<Dossier> found, String code, Official official) {
        Dossier d = found.orElseThrow(() -> new NominationNotFoundException(code));
        if (!officials.canRead(official, d.unitCode())) {
            throw new NominationNotFoundException(code);
        }
        return d;
    }

    /** The proposing unit's filing officers (a commune's officials; a block's head unit's officer) add documents. */
    private boolean mayUpload(Official official, Dossier d) {
        String role = catalog.unit(d.unitCode()).map(u -> d.origin().filingRole(u.tier())).orElse(null);
        return d.inProgress() && role != null && official.unitsAs(role).contains(d.unitCode());
    }
}
