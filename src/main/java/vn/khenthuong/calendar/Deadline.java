package vn.khenthuong.calendar;

import java.time.LocalDate;

/** One line of seeds/deadlines.yaml: so many working days for a step, at a level, for a procedure, during a period. */
public record Deadline(Kind kind, String level, String procedure, int workingDays, LocalDate validFrom, LocalDate validTo, String basis) {

    public enum Kind {
        /** bổ sung hồ sơ */
        SUPPLEMENTATION,
        /** thẩm định tại một cấp */
        APPRAISAL
    }

    boolean appliesTo(Kind kind, String level, String procedure, LocalDate on) {
        return this.kind == kind
                && (this.level == null || this.level.equals(level))
                && (this.procedure == null || this.procedure.equals(procedure))
                && (validFrom == null || !on.isBefore(validFrom))
                && (validTo == null || !on.isAfter(validTo));
    }

    /** A line naming the procedure beats one naming the level, which beats a general one. */
    int specificity() {
        return (procedure == null ? 0 : 2) + (level == null ? 0 : 1);
    }
}
