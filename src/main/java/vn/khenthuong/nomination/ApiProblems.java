package vn.khenthuong.nomination;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.khenthuong.input.ControlCharacterException;

/**
 * Errors of our API as RFC 9457 problem details: Vietnamese {@code title}/{@code detail} for the person,
 * {@code detailEn} for the client's developer, and field errors in {@code errors} (field, message, messageEn).
 */
@RestControllerAdvice(basePackages = "vn.khenthuong")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldError(String field, String message, String messageEn) {
    }

    @ExceptionHandler(InvalidDossierException.class)
    ResponseEntity<ProblemDetail> invalidDossier(InvalidDossierException e) {
        return invalid(e);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e) {
        return invalid(new InvalidDossierException(fieldProblems(e.getBindingResult())));
    }

    /** Bean Validation messages are written "Vietnamese|English". */
    static List<FieldProblem> fieldProblems(BindingResult result) {
        return result.getFieldErrors().stream().map(f -> {
            String[] texts = String.valueOf(f.getDefaultMessage()).split("\\|", 2);
            return new FieldProblem(f.getField(), texts[0], texts.length > 1 ? texts[1] : texts[0]);
        }).toList();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        List<FieldError> errors = List.of();
        if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(Collectors.joining("."));
            if (m.getCause() instanceof ControlCharacterException c) {
                return controlCharacter(c.withField(field));
            }
            if (m instanceof UnrecognizedPropertyException) {
                return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "Trường " + field + " không được nhận ở yêu cầu này",
                        "Field " + field + " is not accepted here", List.of(new FieldError(field,
                                "Trường này không được nhận (đơn vị và người thực hiện luôn lấy từ tài khoản đăng nhập)",
                                "Not accepted (the unit and the acting official always come from the signed-in account)")));
            }
            errors = List.of(new FieldError(field, "Giá trị không đúng kiểu hoặc không nằm trong danh sách cho phép", "Value of the wrong type or not allowed"));
        }
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không đọc được", "Nội dung gửi lên không phải JSON hợp lệ hoặc có giá trị sai kiểu",
                "Malformed JSON or a value of the wrong type", errors);
    }

    /** A control character in a body field, a query parameter, a path variable or a file name. */
    @ExceptionHandler(ControlCharacterException.class)
    ResponseEntity<ProblemDetail> controlCharacter(ControlCharacterException e) {
        return controlCharacterProblem(e);
    }

    static ResponseEntity<ProblemDetail> controlCharacterProblem(ControlCharacterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu chứa ký tự không hợp lệ", e.messageVi(), e.messageEn(),
                List.of(new FieldError(e.field(), e.messageVi(), e.messageEn())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng yêu cầu không được hỗ trợ", "Định dạng nội dung " + e.getContentType() + " không được hỗ trợ",
                "Content type " + e.getContentType() + " not supported", List.of());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu thiếu hoặc sai tham số", "Thiếu hoặc sai tham số: " + parameter(e),
                "Missing or invalid parameter: " + parameter(e), List.of(new FieldError(parameter(e), "Thiếu hoặc sai giá trị", "Missing or invalid")));
    }

    private static String parameter(Exception e) {
        if (e instanceof MissingServletRequestPartException p) {
            return p.getRequestPartName();
        }
        if (e instanceof MissingServletRequestParameterException p) {
            return p.getParameterName();
        }
        return ((MethodArgumentTypeMismatchException) e).getName();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Tệp tải lên không hợp lệ", "Không đọc được tệp tải lên", "Malformed multipart request", List.of());
    }

    @ExceptionHandler(DocumentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
        String title = switch (e.status) {
            case PAYLOAD_TOO_LARGE -> "Tệp quá lớn";
            case UNSUPPORTED_MEDIA_TYPE -> "Loại tệp không được chấp nhận";
            case FORBIDDEN -> "Không có quyền tải tài liệu";
            default -> "Tài liệu không hợp lệ";
        };
        return problem(e.status, title, e.messageVi, e.messageEn, List.of());
    }

    @ExceptionHandler(NominationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NominationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", "Không tìm thấy hồ sơ hoặc tài liệu (hoặc bạn không có quyền xem)",
                "Nomination or document not found", List.of());
    }

    /**
     * The engine may wrap what a delegate threw (registerDossier runs inside it): look down the cause chain
     * for a refused dossier before treating the error as a failure of ours.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> other(RuntimeException e) {
        if (e instanceof AccessDeniedException) {
            throw e; // Spring Security answers it (403, or the login for an anonymous caller)
        }
        if (e instanceof ErrorResponse response) {
            return fromStatus(HttpStatus.valueOf(response.getStatusCode().value()),
                    e instanceof ResponseStatusException r ? r.getReason() : null);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (vn.khenthuong.identity.DatabaseOutage.in(t)) {
                // The database is unreachable: answer within the pool's connection timeout, one line in the log.
                log.error("Database unavailable, answered 503: {}: {}", t.getClass().getSimpleName(), String.valueOf(t.getMessage()).replaceAll("\\s+", " "));
                ResponseEntity<ProblemDetail> unavailable = problem(HttpStatus.SERVICE_UNAVAILABLE, "Hệ thống tạm thời không truy cập được cơ sở dữ liệu",
                        "Cơ sở dữ liệu tạm thời không truy cập được; không có gì bị ghi. Vui lòng thử lại sau ít phút.",
                        "The database is temporarily unavailable; nothing was written. Please try again in a few minutes.", List.of());
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(unavailable.getBody());
            }
            if (t instanceof ConcurrencyFailureException) {
                // Another official's transaction changed the same rows first: this one was rolled back whole.
                log.warn("Lost race on /api, answered 409: {}: {}", t.getClass().getSimpleName(), String.valueOf(t.getMessage()).replaceAll("\\s+", " "));
                return problem(HttpStatus.CONFLICT, "Hồ sơ đã được người khác xử lý",
                        "Hồ sơ đã được người khác xử lý hoặc đã chuyển sang bước khác trong lúc bạn thao tác; không có gì bị ghi. "
                                + "Hãy tải lại để xem bước hiện tại.",
                        "Someone else changed this record or its process moved on while you worked on it; nothing was written. Reload to see the current step.",
                        List.of());
            }
            if (t instanceof InvalidDossierException invalid) {
                return invalid(invalid);
            }
            if (t instanceof ControlCharacterException control) {
                return controlCharacter(control);
            }
            if (t instanceof NominationNotFoundException notFound) {
                return notFound(notFound);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống", "Đã có lỗi trong hệ thống, vui lòng thử lại hoặc báo quản trị viên",
                "Internal error", List.of());
    }

    /** A status raised elsewhere (ResponseStatusException): its reason, "Vietnamese / English" by our convention. */
    private static ResponseEntity<ProblemDetail> fromStatus(HttpStatus status, String reason) {
        String title = switch (status) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ";
            case UNAUTHORIZED -> "Chưa đăng nhập";
            case FORBIDDEN -> "Không có quyền";
            case NOT_FOUND -> "Không tìm thấy";
            case CONFLICT -> "Xung đột dữ liệu";
            default -> status.is4xxClientError() ? "Yêu cầu không thực hiện được" : "Lỗi hệ thống";
        };
        String[] texts = reason == null ? new String[] {title} : reason.split(" / ", 2);
        return problem(status, title, texts[0], texts.length > 1 ? texts[1] : status.getReasonPhrase(), List.of());
    }

    private ResponseEntity<ProblemDetail> invalid(InvalidDossierException e) {
        // A person's mistake, not a failure: one line for the operators, no stack trace.
        log.warn("Dossier refused, fields {}", e.problems().stream().map(FieldProblem::field).distinct().toList());
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.messageVi(), p.messageEn())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Hồ sơ chưa hợp lệ",
                e.problems().stream().map(FieldProblem::messageVi).collect(Collectors.joining("; ")),
                e.problems().stream().map(FieldProblem::messageEn).collect(Collectors.joining("; ")),
                errors);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String detailEn, List<FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        p.setProperty("detailEn", detailEn);
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

}
