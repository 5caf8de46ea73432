package vn.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;

/** Search the award registry; an official sees the awards of the units whose dossiers they may read. */
@RestController
@Tag(name = "Sổ khen thưởng", description = "Award registry")
class AwardController {

    private final AwardRegistry awards;
    private final Officials officials;

    AwardController(AwardRegistry awards, Officials officials) {
        this.awards = awards;
        this.officials = officials;
    }

    /** A registry line with its signer as pages name a person (name and title), not a login; an imported line's signer is text already. */
    record Line(@JsonUnwrapped AwardEntry award, String signerName) {
    }

    @GetMapping("/api/awards")
    @Operation(summary = "Awards by nominee (ignores case and diacritics), unit (with units below) and year")
    List<Line> search(@RequestParam(required = false) String nominee, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) Integer year) {
        Official official = officials.current();
        Map<String, String> names = new HashMap<>();
        return awards.search(nominee, unit, year).stream().filter(a -> officials.canRead(official, a.unitCode()))
                .map(a -> new Line(a, a.signer() == null ? null : names.computeIfAbsent(a.signer(), officials::describe))).toList();
    }
}
