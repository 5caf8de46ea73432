package vn.khenthuong.catalog;

import java.time.LocalDate;
import java.util.List;

/** What the provincial board writes of a movement; the catalogue checks it ({@link MovementRefusedException}). */
public record MovementDraft(String code, String name, String launchingLevel, String launchedBy, LocalDate startsOn,
                            LocalDate endsOn, String targets, List<String> awardKindCodes) {
}
