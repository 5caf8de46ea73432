package vn.khenthuong.award;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.AwardAuthority;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Roles;

/**
 * Who may act on a registry line after its decision: the provincial board (appraisers of the province the line's unit
 * belongs to) proposes annulments and corrections; the chairman of the authority that decided the award decides them
 * (the authority that decides an award decides its annulment — our reading of Luật Thi đua, khen thưởng 2022 and
 * Nghị định 152/2025/NĐ-CP, unconfirmed; see processes/revocationGround.dmn).
 */
@Component
public class AwardAuthorities {

    private final Catalog catalog;

    AwardAuthorities(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The province board unit the official acts for on this line, if they are on it. */
    public Optional<String> boardUnit(Official official, AwardLine line) {
        List<Unit> lineage = catalog.lineage(line.unitCode());
        return lineage.stream().filter(u -> u.tier() == Tier.PROVINCE).map(Unit::code)
                .filter(code -> official.unitsAs(Roles.APPRAISER).contains(code)).findFirst();
    }

    /**
     * The unit whose chairman decided the award, by the authority in force on the decision date: the unit of that tier
     * in the line's lineage. A central decision (Prime Minister, President) is annulled centrally, not here (409).
     */
    public String decidingUnit(AwardLine line) {
        AwardAuthority authority = catalog.awardKind(line.awardKindCode()).map(k -> k.authorityOn(line.decisionDate()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "Danh hiệu, hình thức " + line.awardKindCode()
                        + " không có trong danh mục / unknown award kind"));
        if (authority.decidingLevel() == Tier.CENTRAL) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Khen thưởng do Trung ương quyết định: tỉnh chỉ kiến nghị cấp đã quyết định hủy bỏ"
                    + " / a central award is annulled by the central authority that decided it");
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        Optional<Unit> decided = catalog.lineage(line.unitCode()).stream().filter(u -> u.tier() == authority.decidingLevel()).findFirst();
        if (decided.isPresent() && decided.get().validTo() != null && decided.get().validTo().isBefore(today)) {
            // The unit that decided no longer exists (districts abolished on 1 July 2025): the authority that holds the
            // power today for this kind decides (Nghị định 129/2025/NĐ-CP moved the district chairman's awards to the
            // commune chairman) — our reading, unconfirmed.
            Tier now = catalog.awardKind(line.awardKindCode()).orElseThrow().authorityOn(today).decidingLevel();
            decided = catalog.lineage(line.unitCode()).stream().filter(u -> u.tier() == now)
                    .filter(u -> u.validTo() == null || !u.validTo().isBefore(today)).findFirst();
        }
        return decided.map(Unit::code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "Không xác định được cấp đã quyết định khen thưởng của đơn vị "
                        + line.unitCode() + " / no unit of the deciding level above " + line.unitCode()));
    }

    public boolean isChairmanOf(Official official, String unitCode) {
        return official.unitsAs(Roles.CHAIRMAN).contains(unitCode);
    }
}
