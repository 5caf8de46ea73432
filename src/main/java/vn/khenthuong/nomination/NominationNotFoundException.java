package vn.khenthuong.nomination;

/** No such nomination, or one the caller may not read (both answer 404 so that existence is not revealed). */
class NominationNotFoundException extends RuntimeException {

    NominationNotFoundException(String code) {
        super("Không tìm thấy hồ sơ " + code + " / nomination not found: " + code);
    }
}
