package vn.khenthuong.nomination;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 for a request over the multipart limits. It is raised before a controller is chosen, so the advice
 * cannot be limited to our packages like {@link ApiProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

    private final long maxBytes;

    UploadLimitProblems(@Value("${khenthuong.nomination.max-document-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        DocumentRefusedException refused = Documents.tooLarge(maxBytes);
        return ApiProblems.problem(refused.status, "Tệp quá lớn", refused.messageVi, refused.messageEn, List.of());
    }
}
