package vn.khenthuong.nomination;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpStatus;
import vn.khenthuong.input.ControlCharacterException;

/**
 * 413 for a request over the multipart limits. It is raised before a controller is chosen, so the advice
 * cannot be limited to our packages like {@link ApiProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

    private final long maxBytes;

    UploadLimitProblems(NominationProperties properties) {
        this.maxBytes = properties.maxDocumentBytes();
    }

    /**
     * A multipart body the container could not parse, also raised before a controller is chosen; Tomcat refuses a
     * file name holding U+0000 itself (InvalidFileNameException), which is the client's error, not ours.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unparsable(MultipartException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidFileNameException invalid) {
                String name = invalid.getName() == null ? "" : invalid.getName();
                int at = Math.max(0, name.indexOf('\0'));
                return ApiProblems.controlCharacterProblem(new ControlCharacterException("fileName", at, '\0'));
            }
        }
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Tệp tải lên không hợp lệ", "Không đọc được tệp tải lên", "Malformed multipart request", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        DocumentRefusedException refused = Documents.tooLarge(maxBytes);
        return ApiProblems.problem(refused.status, "Tệp quá lớn", refused.messageVi, refused.messageEn, List.of());
    }
}
