package vn.khenthuong.catalog;

import java.time.LocalDate;

/**
 * The provincial board's writes to the movements of the catalogue. Every write publishes a {@link MovementChanged}
 * in its transaction (the audit records it) and refreshes what {@link Catalog#movements()} serves. There is no
 * delete: nominations and awards name their movement; a movement ends by {@link #close}.
 */
public interface MovementBook {

    Movement create(MovementDraft draft, String actor);

    /** Replaces everything but the code, which never changes. */
    Movement update(String code, MovementDraft draft, String actor);

    /** Ends the movement on {@code endsOn} (not before it started). */
    Movement close(String code, LocalDate endsOn, String actor);
}
