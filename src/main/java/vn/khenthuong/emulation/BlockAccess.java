package vn.khenthuong.emulation;

import java.util.Collection;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.Catalog;
import vn.khenthuong.catalog.Tier;
import vn.khenthuong.catalog.Unit;
import vn.khenthuong.identity.Official;
import vn.khenthuong.identity.Roles;

/**
 * Who acts for a unit of a block: the emulation officer of that unit — a district's "district-officer", a commune's
 * "commune-official" (blocks of communes from 1 July 2025). The provincial board is an appraiser of a province.
 */
@Component
public class BlockAccess {

    private final Catalog catalog;

    BlockAccess(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The role whose group {@code role.unit} holds the unit's emulation officers; empty for a unit of no block tier. */
    public Optional<String> officerRole(String unitCode) {
        return catalog.unit(unitCode).map(Unit::tier).flatMap(t -> switch (t) {
            case DISTRICT -> Optional.of(Roles.DISTRICT_OFFICER);
            case COMMUNE -> Optional.of(Roles.COMMUNE_OFFICIAL);
            default -> Optional.<String>empty();
        });
    }

    /** The Camunda group of the unit's officers, for a candidate group in the diagram. */
    public String officerGroup(String unitCode) {
        return Roles.group(officerRole(unitCode).orElseThrow(() -> new IllegalStateException("Đơn vị " + unitCode
                + " không thuộc cấp có khối thi đua / unit " + unitCode + " is of no block tier")), unitCode);
    }

    boolean isOfficerOf(Official who, String unitCode) {
        return officerRole(unitCode).map(role -> who.unitsAs(role).contains(unitCode)).orElse(false);
    }

    boolean isOfficerOfAny(Official who, Collection<String> units) {
        return units.stream().anyMatch(u -> isOfficerOf(who, u));
    }

    boolean isBoard(Official who) {
        return who.unitsAs(Roles.APPRAISER).stream().anyMatch(u -> catalog.unit(u).map(Unit::tier).filter(t -> t == Tier.PROVINCE).isPresent());
    }

    boolean isAuditorOrAdmin(Official who) {
        return who.hasRole(Roles.AUDITOR) || who.hasRole(Roles.ADMIN);
    }

    static ResponseStatusException forbidden(String vi, String en) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, vi + " / " + en);
    }
}
