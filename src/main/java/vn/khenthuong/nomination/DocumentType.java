package vn.khenthuong.nomination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the file types we accept by their first bytes, never by name or declared type: a renamed
 * text file is not a PDF.
 */
enum DocumentType {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

    final String contentType;
    final String extension;

    DocumentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /*
     * Limits of the ZIP scan. A legitimate DOCX of at most 10 MB has a few dozen entries and inflates to tens of MB;
     * a "zip bomb" (a small ZIP inflating to GBs) would cost seconds of CPU for every upload, so the scan counts the
     * bytes it actually inflates (the sizes an entry declares are the attacker's to choose) and stops at the limits.
     * The ratio limit is POI's default (ZipSecureFile minimum inflate ratio 0.01); it applies only once an entry has
     * inflated past RATIO_FLOOR, because small XML parts may legitimately compress very well.
     */
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 1024 * 1024;

    /**
     * A DOCX is a ZIP with word/document.xml; other ZIPs (and XLSX, ODT) are refused. Every entry is read (a bomb may
     * follow the document part), within the limits above; past them the upload is refused with 413.
     */
    private static boolean isWordDocument(byte[] content) {
        boolean[] word = {false};
        boolean zip = walk(content, name -> false, (name, bytes) -> word[0] |= "word/document.xml".equals(name));
        return zip && word[0];
    }

    /**
     * Inflates every entry of a ZIP within the limits above (413 past them) and hands each to {@code sink}: its name,
     * and its content when {@code keep} wants it (else null, the bytes are only counted). False when the content is
     * not a readable ZIP. Also the way into a list of nominees (.xlsx) and the documents that come with it (.zip).
     */
    static boolean walk(byte[] content, java.util.function.Predicate<String> keep, java.util.function.BiConsumer<String, byte[]> sink) {
        if (!startsWith(content, ZIP_MAGIC)) {
            return false;
        }
        CountingInput raw = new CountingInput(content);
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb("có hơn " + MAX_ENTRIES + " mục", "more than " + MAX_ENTRIES + " entries");
                }
                boolean kept = !entry.isDirectory() && keep.test(entry.getName());
                java.io.ByteArrayOutputStream out = kept ? new java.io.ByteArrayOutputStream() : null;
                long compressedStart = raw.count;
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        throw bomb("giải nén ra hơn " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB",
                                "inflates to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB");
                    }
                    // raw.count runs ahead of the inflater by at most one read buffer: close enough for a ratio of 100.
                    if (inflated > RATIO_FLOOR && inflated > MAX_RATIO * Math.max(1, raw.count - compressedStart)) {
                        throw bomb("có mục nén hơn " + MAX_RATIO + " lần", "an entry is compressed more than " + MAX_RATIO + " times");
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                sink.accept(entry.getName(), out == null ? null : out.toByteArray());
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static DocumentRefusedException bomb(String whyVi, String whyEn) {
        return new DocumentRefusedException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp nén bất thường (" + whyVi + "), không nhận; hãy lưu lại tài liệu hoặc chuyển sang PDF",
                "Suspicious archive (" + whyEn + "), refused; save the document again or upload a PDF");
    }

    /** Counts the compressed bytes the ZIP reader has taken, for the ratio check. */
    private static final class CountingInput extends ByteArrayInputStream {
        long count;

        CountingInput(byte[] content) {
            super(content);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized long skip(long n) {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
