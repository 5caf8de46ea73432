package vn.khenthuong.nomination;

import java.util.Optional;

/**
 * What other features may ask about a nomination by its code, instead of reading the nomination table: its
 * id (the key their own tables refer to) and the unit that filed it (who may read it).
 */
public interface NominationDirectory {

    Optional<Ref> find(String code);

    /** A nomination as other features refer to it. */
    record Ref(long id, String code, String unitCode) {
    }
}
