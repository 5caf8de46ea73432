package vn.khenthuong.nomination;

import org.springframework.http.HttpStatus;

/** An upload we do not keep, with the HTTP status that says why (413 too large, 415 type, 400 otherwise). */
class DocumentRefusedException extends RuntimeException {

    final HttpStatus status;
    final String messageVi;
    final String messageEn;

    DocumentRefusedException(HttpStatus status, String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.status = status;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }
}
