package vn.khenthuong.catalog;

/**
 * Reads a seeds/*.yaml file for another feature (calendar, award) with the catalogue's strict reader:
 * unknown keys fail, and every problem names the file.
 */
public final class Seeds {

    public static <T> T read(String path, Class<T> type) {
        return SeedFiles.read(path, type);
    }

    private Seeds() {
    }
}
