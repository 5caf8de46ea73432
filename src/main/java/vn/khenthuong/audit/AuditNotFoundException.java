package vn.khenthuong.audit;

/** No nomination or award with this code or id. */
class AuditNotFoundException extends RuntimeException {
    AuditNotFoundException(String what) {
        super(what);
    }
}
