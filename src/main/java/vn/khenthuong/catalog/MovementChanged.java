package vn.khenthuong.catalog;

/** The provincial board created, changed or closed a movement; {@code movement} is the row as written. */
public record MovementChanged(Change change, Movement movement, String actor) {

    public enum Change {
        CREATED, UPDATED, CLOSED
    }
}
