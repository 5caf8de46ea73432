package vn.khenthuong.movement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.award.AwardEntry;
import vn.khenthuong.award.AwardRegistry;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.catalog.MovementBook;
import vn.khenthuong.catalog.MovementDraft;
import vn.khenthuong.catalog.MovementRefusedException;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Movements: every signed-in official and the auditor read them; the provincial board (appraisers of a province)
 * and administrators create, change and close them. A movement's activity lists its nominations and awards, each
 * only where the official may read the unit's dossiers.
 */
@RestController
@RequestMapping("/api/movements")
@Tag(name = "Phong trào thi đua", description = "Emulation movements")
class MovementController {

    private final Catalog catalog;
    private final MovementBook book;
    private final MovementNominations nominations;
    private final AwardRegistry awards;
    private final Officials officials;

    MovementController(Catalog catalog, MovementBook book, MovementNominations nominations, AwardRegistry awards, Officials officials) {
        this.catalog = catalog;
        this.book = book;
        this.nominations = nominations;
        this.awards = awards;
        this.officials = officials;
    }

    /** What the close request carries. */
    record Closing(LocalDate endsOn) {
    }

    /** A movement with what was done under it. */
    record Activity(Movement movement, boolean mayEdit, List<MovementNominations.Line> nominations, List<AwardEntry> awards) {
    }

    @GetMapping
    @Operation(summary = "Emulation movements")
    List<Movement> list() {
        return catalog.movements();
    }

    /** Whether the signed-in official may write movements (the page shows its forms then). */
    record Permissions(boolean mayEdit) {
    }

    @GetMapping("/permissions")
    @Operation(summary = "Whether the signed-in official may create, change and close movements")
    Permissions permissions() {
        return new Permissions(mayEdit(officials.current()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One movement")
    Movement get(@PathVariable String code) {
        return find(code);
    }

    @GetMapping("/{code}/activity")
    @Operation(summary = "A movement with its nominations and awards (those of units the official may read)")
    Activity activity(@PathVariable String code) {
        Movement movement = find(code);
        Official official = officials.current();
        return new Activity(movement, mayEdit(official),
                nominations.of(code).stream().filter(n -> officials.canRead(official, n.unitCode())).toList(),
                awards.ofMovement(code).stream().filter(a -> officials.canRead(official, a.unitCode())).toList());
    }

    @PostMapping
    @Operation(summary = "Create a movement (provincial board, administrators)")
    ResponseEntity<Movement> create(@RequestBody MovementDraft draft) {
        String actor = board();
        Movement created = book.create(draft, actor);
        return ResponseEntity.created(URI.create("/api/movements/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a movement; the code stays (provincial board, administrators)")
    Movement update(@PathVariable String code, @RequestBody MovementDraft draft) {
        return book.update(code, draft, board());
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "End a movement on a date (provincial board, administrators); movements are never deleted")
    Movement close(@PathVariable String code, @RequestBody Closing closing) {
        return book.close(code, closing == null ? null : closing.endsOn(), board());
    }

    @ExceptionHandler(MovementRefusedException.class)
    ResponseEntity<ProblemDetail> refused(MovementRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case DUPLICATE -> HttpStatus.CONFLICT;
        };
        String title = switch (e.reason()) {
            case INVALID -> "Phong trào thi đua chưa hợp lệ";
            case NOT_FOUND -> "Không tìm thấy phong trào thi đua";
            case DUPLICATE -> "Trùng mã phong trào thi đua";
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status,
                String.join("; ", e.problems().stream().map(MovementRefusedException.Problem::messageVi).toList()));
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailEn", String.join("; ", e.problems().stream().map(MovementRefusedException.Problem::messageEn).toList()));
        p.setProperty("errors", e.problems().stream().map(f -> new FieldError(f.field(), f.messageVi(), f.messageEn())).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** As the other problem details of the API name a field at fault. */
    record FieldError(String field, String message, String messageEn) {
    }

    private Movement find(String code) {
        return catalog.movement(code).orElseThrow(() -> new MovementRefusedException(MovementRefusedException.Reason.NOT_FOUND,
                List.of(new MovementRefusedException.Problem("code", "Không có phong trào mã " + code, "No movement with code " + code))));
    }

    /** The signed-in official, when they may write movements; else 403. */
    private String board() {
        Official official = officials.current();
        if (!mayEdit(official)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Ban Thi đua – Khen thưởng tỉnh và quản trị viên quản lý phong trào thi đua"
                    + " / Only the provincial board and administrators manage emulation movements");
        }
        return official.userId();
    }

    private boolean mayEdit(Official official) {
        return official.hasRole(Roles.ADMIN) || official.unitsAs(Roles.APPRAISER).stream()
                .anyMatch(unit -> catalog.unit(unit).map(u -> u.tier() == Tier.PROVINCE).orElse(false));
    }
}
