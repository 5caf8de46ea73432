package vn.khenthuong.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khenthuong.input.ControlCharacters;

/**
 * Documents of a dossier. A document of a kind already uploaded becomes its next version; earlier versions
 * are kept for the record. Who may upload or read is decided by the caller (the API checks the official).
 */
@Service
public class Documents {

    record DocumentInfo(long id, String kind, String fileName, String contentType, long sizeBytes, String sha256,
                        int version, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    record DocumentContent(DocumentInfo info, byte[] content) {
    }

    private static final String INFO_COLUMNS = "id, kind, file_name, content_type, size_bytes, sha256, doc_version, uploaded_by, uploaded_at";

    private final JdbcTemplate jdbc;
    private final NominationStore store;
    private final long maxBytes;
    /** Of the types we recognise, those the configuration accepts (khenthuong.nomination.allowed-content-types). */
    private final Set<String> allowedTypes;
    private final ApplicationEventPublisher events;

    Documents(JdbcTemplate jdbc, NominationStore store, ApplicationEventPublisher events, NominationProperties properties) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
        this.maxBytes = properties.maxDocumentBytes();
        this.allowedTypes = properties.allowedContentTypes();
    }

    /** Stores a document (for the sample seeder and the API); returns its id. Throws when the file is refused. */
    @Transactional
    public long store(String nominationCode, String kind, String fileName, byte[] content, String uploadedBy) {
        return add(store.findForUpdate(nominationCode).orElseThrow(() -> new NominationNotFoundException(nominationCode)),
                kind, fileName, content, uploadedBy).id();
    }

    /** Adds a document to a dossier whose row the caller has locked (NominationStore.findForUpdate). */
    @Transactional
    DocumentInfo add(Dossier dossier, String kind, String fileName, byte[] content, String uploadedBy) {
        DocumentType type = check(kind, fileName, content);
        DocumentKind documentKind = kind(kind);
        String name = safeName(fileName, type);
        String sha256 = sha256(content);
        // Microseconds, as the column keeps them: the info returned equals the one read back later.
        OffsetDateTime uploadedAt = NominationStore.now().truncatedTo(ChronoUnit.MICROS);
        // The next version is taken in the insert itself (one round trip, not two); the caller's lock on the dossier
        // row keeps two uploads of one kind from taking the same number.
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("INSERT INTO nomination_document (nomination_id, kind, file_name, content_type, "
                    + "size_bytes, sha256, content, doc_version, uploaded_by, uploaded_at) SELECT ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(d.doc_version), 0) + 1, ?, ? "
                    + "FROM nomination_document d WHERE d.nomination_id = ? AND d.kind = ?", new String[] {"id", "doc_version"});
            new ArgumentPreparedStatementSetter(new Object[] {dossier.id(), documentKind.name(), name, type.contentType, (long) content.length,
                    sha256, content, uploadedBy, uploadedAt, dossier.id(), documentKind.name()}).setValues(insert);
            return insert;
        }, keys);
        Map<String, Object> inserted = keys.getKeys();
        int version = ((Number) inserted.get(inserted.containsKey("doc_version") ? "doc_version" : "DOC_VERSION")).intValue();
        long documentId = ((Number) inserted.get(inserted.containsKey("id") ? "id" : "ID")).longValue();
        DocumentInfo info = new DocumentInfo(documentId, documentKind.name(), name, type.contentType,
                content.length, sha256, version, uploadedBy, uploadedAt);
        events.publishEvent(new DocumentUploaded(dossier.code(), uploadedBy, info.id(), info.kind(), info.fileName(), info.sha256(), info.sizeBytes(),
                info.version()));
        return info;
    }

    /**
     * The rules a document must meet before it is stored (kind, name, size, type by content); throws
     * {@link DocumentRefusedException} with the reason. Also run on the documents of a list before anything is filed.
     */
    DocumentType check(String kind, String fileName, byte[] content) {
        ControlCharacters.check("kind", kind);
        ControlCharacters.check("fileName", fileName);
        kind(kind);
        if (content == null || content.length == 0) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Tệp rỗng", "Empty file");
        }
        if (content.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return DocumentType.of(content).filter(t -> allowedTypes.contains(t.contentType)).orElseThrow(() -> new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Chỉ nhận tệp PDF, JPEG, PNG hoặc DOCX (nội dung tệp không phải các định dạng này)",
                "Only PDF, JPEG, PNG or DOCX files are accepted (content checked, not the name)"));
    }

    static DocumentDownloaded downloaded(String code, String downloadedBy, DocumentInfo i) {
        return new DocumentDownloaded(code, downloadedBy, i.id(), i.kind(), i.fileName(), i.sha256(), i.sizeBytes(), i.version());
    }

    static DocumentRefusedException tooLarge(long maxBytes) {
        return new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp lớn hơn " + maxBytes / (1024 * 1024) + " MB, hãy nén hoặc chia nhỏ",
                "File larger than " + maxBytes / (1024 * 1024) + " MB");
    }

    /** All versions, newest first within a kind. */
    List<DocumentInfo> list(long nominationId) {
        return jdbc.query("SELECT " + INFO_COLUMNS + " FROM nomination_document WHERE nomination_id = ? ORDER BY kind, doc_version DESC",
                (rs, i) -> info(rs), nominationId);
    }

    Optional<DocumentContent> content(long nominationId, long documentId) {
        return jdbc.query("SELECT " + INFO_COLUMNS + ", content FROM nomination_document WHERE nomination_id = ? AND id = ?",
                (rs, i) -> new DocumentContent(info(rs), rs.getBytes("content")), nominationId, documentId).stream().findFirst();
    }

    private static DocumentInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentInfo(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getInt("doc_version"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Cần chọn loại tài liệu", "Document kind is required");
        }
        try {
            return DocumentKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Loại tài liệu không hợp lệ: " + kind, "Unknown document kind: " + kind);
        }
    }

    /** Keeps the base name only (browsers may send a path), without control characters, within the column. */
    static String safeName(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tai-lieu" + type.extension;
        }
        while (name.getBytes(StandardCharsets.UTF_8).length > 255 || name.length() > 200) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
