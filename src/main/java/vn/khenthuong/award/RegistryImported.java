package vn.khenthuong.award;

/**
 * Past decisions were imported into the registry from a file: which file (name and SHA-256 of its bytes), who, and
 * what came of its rows. One event per import, in the trail's global chain; the lines name the import.
 */
public record RegistryImported(long importId, String fileName, String sha256, String importedBy, int rowsRead, int imported,
                               int duplicates, int rejected) {
}
