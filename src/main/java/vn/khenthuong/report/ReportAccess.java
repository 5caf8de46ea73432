package vn.khenthuong.report;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Officials;
import vn.khenthuong.identity.Roles;

/**
 * Who reads the province's figures: the provincial board (appraisers of a province), the provincial chairman,
 * administrators and auditors. A district's or commune's official would see every other unit's figures: refused.
 */
@Component
class ReportAccess {

    static final String REFUSAL_VI = "Trang báo cáo thống kê thi đua, khen thưởng chỉ dành cho Ban Thi đua – Khen thưởng tỉnh, "
            + "Chủ tịch UBND tỉnh, quản trị viên và thanh tra";
    static final String REFUSAL_EN = "Reports are for the provincial board, the provincial chairman, administrators and auditors";

    private final Officials officials;
    private final Catalog catalog;

    ReportAccess(Officials officials, Catalog catalog) {
        this.officials = officials;
        this.catalog = catalog;
    }

    boolean allowed(Official official) {
        return official.hasRole(Roles.ADMIN) || official.hasRole(Roles.AUDITOR)
                || atProvince(official, Roles.APPRAISER) || atProvince(official, Roles.CHAIRMAN);
    }

    /** The signed-in official when they may read reports; else 403 with a Vietnamese reason. */
    Official require() {
        Official official = officials.current();
        if (!allowed(official)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, REFUSAL_VI + " / " + REFUSAL_EN);
        }
        return official;
    }

    private boolean atProvince(Official official, String role) {
        return official.unitsAs(role).stream().anyMatch(unit -> catalog.unit(unit).map(u -> u.tier() == Tier.PROVINCE).orElse(false));
    }
}
