package vn.khenthuong.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.input.ControlCharacterException;

/**
 * Filing for other features that file on an official's behalf (a list of nominees from Excel): the same calls, rules
 * and events as {@code POST /api/nominations} and the document upload, for the signed-in official. Nothing here has
 * rules of its own; it opens the doors of {@link DossierService}, {@link DossierRules} and {@link Documents}.
 */
@Service
public class NominationFiling {

    /** A document kind as the dossier page names it. */
    public record DocumentKindName(String code, String name) {
    }

    private final DossierService dossiers;
    private final JdbcNominations nominations;
    private final Documents documents;
    private final Officials officials;
    private final Catalog catalog;
    private final Clock clock = Clock.systemDefaultZone();

    NominationFiling(DossierService dossiers, JdbcNominations nominations, Documents documents, Officials officials, Catalog catalog) {
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.documents = documents;
        this.officials = officials;
        this.catalog = catalog;
    }

    /** Every problem the filing rules find with the dossier, filed by the signed-in official; nothing is stored. */
    public List<FieldProblem> problemsOf(NewDossier dossier) {
        return nominations.problemsOf(dossier, officials.current().userId());
    }

    /** Files as the signed-in official, exactly as the API does (code, audit, process start); returns the code. */
    public String file(NewDossier dossier) {
        return dossiers.file(dossier, List.of());
    }

    /**
     * Files several dossiers as the signed-in official, all or none, each exactly as {@link #file} does, with the
     * engine's writes of all of them in one go; returns the codes in order. For lists: a refusal names no row, so
     * the caller files the dossiers one by one to find it.
     */
    public List<String> fileAll(List<NewDossier> batch) {
        return batch.isEmpty() ? List.of() : dossiers.fileAll(batch);
    }

    /** Uploads a document to a dossier of the signed-in official's commune, exactly as the API does. */
    public void attach(String code, String kind, String fileName, byte[] content) {
        dossiers.upload(code, kind, fileName, content);
    }

    /** Why a document would be refused on upload (empty when it would be kept); nothing is stored. */
    public List<FieldProblem> documentProblems(String kind, String fileName, byte[] content) {
        try {
            documents.check(kind, fileName, content);
            return List.of();
        } catch (DocumentRefusedException e) {
            return List.of(new FieldProblem("document", e.messageVi, e.messageEn));
        } catch (ControlCharacterException e) {
            return List.of(new FieldProblem("document", e.messageVi(), e.messageEn()));
        }
    }

    public List<DocumentKindName> documentKinds() {
        return DocumentKinds.all().stream().map(l -> new DocumentKindName(l.code(), l.name())).toList();
    }

    /**
     * The award kinds a dossier of {@code year} filed today may name, whatever the nominee: the award-kind rule of the
     * filing ({@code DossierRules.AWARD_KIND_APPLIES}, validity on the dossier's reference date — after 1 July 2025 no
     * district chairman's Giấy khen) run on each kind of the catalogue.
     */
    public List<AwardKind> awardKindsFor(int year) {
        LocalDate today = LocalDate.now(clock);
        List<AwardKind> open = new ArrayList<>();
        for (AwardKind kind : catalog.awardKinds()) {
            NewDossier probe = new NewDossier(kind.code(), null, null, null, null, null, null, null, null, null, null, null, null, null, year);
            if (DossierRules.AWARD_KIND_APPLIES.apply(new DossierRules.Filing(probe, year, catalog, today)).isEmpty()) {
                open.add(kind);
            }
        }
        return open;
    }

    /**
     * The entries of a ZIP archive, name to content, inflated within the limits of an upload (a bomb is refused with
     * 413 as a document would be); empty when the content is not a readable ZIP.
     */
    public static Optional<Map<String, byte[]>> unzip(byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        return DocumentType.walk(content, name -> true, entries::put) ? Optional.of(entries) : Optional.empty();
    }

    /** Whether the content is a ZIP that stays within the upload limits (throws 413 past them), without keeping it. */
    public static boolean isSafeZip(byte[] content) {
        return DocumentType.walk(content, name -> false, (name, bytes) -> { });
    }
}
