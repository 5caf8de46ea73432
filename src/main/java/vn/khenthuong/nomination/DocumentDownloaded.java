package vn.khenthuong.nomination;

/** An official downloaded a document of a dossier. */
public record DocumentDownloaded(String code, String downloadedBy, long documentId, String kind, String fileName, String sha256, long sizeBytes,
                                 int version) {
}
