package vn.khenthuong.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of dossiers ({@code khenthuong.nomination.*}); the defaults are here and nowhere else.
 *
 * @param codePrefix          first part of a nomination code, {@code LC} in {@code LC-2026-000001}
 * @param maxDocumentBytes    largest document accepted, in bytes; {@code spring.servlet.multipart.max-file-size}
 *                            must be at least as large or the container refuses the file first
 * @param allowedContentTypes which of the recognised types (PDF, JPEG, PNG, DOCX; checked on the content, not the
 *                            name) are accepted, comma-separated
 */
@Validated
@ConfigurationProperties("khenthuong.nomination")
record NominationProperties(
        @DefaultValue("LC") @NotBlank String codePrefix,
        @DefaultValue("10485760") @Positive long maxDocumentBytes,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}) @NotEmpty Set<String> allowedContentTypes) {
}
