package vn.khenthuong.catalog;

import java.util.List;
import java.util.Optional;

/** Reference data loaded from seeds/: units, award kinds, movements. Read-only for the other features. */
public interface Catalog {

    List<Unit> units();

    Optional<Unit> unit(String code);

    /** The unit and all its ancestors, nearest first (commune, district, province). */
    List<Unit> lineage(String code);

    List<AwardKind> awardKinds();

    Optional<AwardKind> awardKind(String code);

    List<Movement> movements();

    Optional<Movement> movement(String code);
}
