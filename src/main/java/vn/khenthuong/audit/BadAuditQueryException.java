package vn.khenthuong.audit;

/** A search parameter the auditor has to correct; the messages are shown as they are. */
class BadAuditQueryException extends RuntimeException {
    final String field;
    final String messageVi;
    final String messageEn;

    BadAuditQueryException(String field, String messageVi, String messageEn) {
        super(messageEn);
        this.field = field;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }
}
