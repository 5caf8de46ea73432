package vn.khenthuong.nomination;

/** A document was added to a dossier; a version above 1 replaces the earlier file of its kind. */
public record DocumentUploaded(String code, String uploadedBy, long documentId, String kind, String fileName, String sha256, long sizeBytes,
                               int version) {

    public boolean replacesEarlierVersion() {
        return version != 1;
    }
}
