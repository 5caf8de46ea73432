package vn.khenthuong.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * An emulation movement (phong trào thi đua): launched at a level by a unit (none for the centre) for a period, with
 * its targets and the award kinds it leads to. The years are those of the dates; a nomination's year must lie in them.
 * {@code editedBy} is the provincial board's official who last changed it (null while only the seeds wrote it).
 */
public record Movement(String code, String name, Tier launchingLevel, String launchedBy, int yearFrom, int yearTo,
                       LocalDate startsOn, LocalDate endsOn, String targets, List<String> awardKindCodes, String editedBy) {

    public Movement {
        awardKindCodes = List.copyOf(awardKindCodes);
    }

    /** Over on {@code day}: its period has ended. */
    public boolean endedBy(LocalDate day) {
        return endsOn != null && endsOn.isBefore(day);
    }
}
