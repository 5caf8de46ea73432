package vn.khenthuong.nominationlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.khenthuong.catalog.FoldedName;
import vn.khenthuong.nomination.NominationFiling;

/**
 * The documents that come with a list: a .zip whose entries are named {@code <row>-<document kind>.<ext>}, e.g.
 * {@code 5-bao-cao-thanh-tich.pdf} (the achievement report of sheet row 5). The kind is written as the dossier page names
 * it, without diacritics, words joined by dashes, or as its code ({@code achievement-report}); a unique beginning
 * ({@code to-trinh}) is enough. A name that follows no rule refuses the upload as a whole (400): a document that
 * silently went nowhere would be worse.
 */
final class ListDocuments {

    record Doc(int row, String kind, String fileName, byte[] content) {
    }

    private static final Pattern NAME = Pattern.compile("(\\d{1,6})-(.+)\\.([A-Za-z0-9]{1,6})");

    static String slug(String text) {
        return FoldedName.of(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The slug of each document kind, as the guide lists it: slug (name). */
    static List<String> guideNames(List<NominationFiling.DocumentKindName> kinds) {
        return kinds.stream().map(k -> slug(k.name()) + " (" + k.name() + ")").toList();
    }

    static Map<Integer, List<Doc>> read(byte[] zip, List<NominationFiling.DocumentKindName> kinds) {
        Map<String, byte[]> entries = NominationFiling.unzip(zip).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Tệp tài liệu kèm theo phải là tệp .zip / The documents must come as one .zip file"));
        Map<Integer, List<Doc>> byRow = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        entries.forEach((path, content) -> {
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (content == null || base.isEmpty() || path.startsWith("__MACOSX/") || base.startsWith(".")) {
                return; // folders and the metadata some archivers add
            }
            Matcher m = NAME.matcher(base);
            Optional<String> kind = m.matches() ? kindOf(m.group(2), kinds) : Optional.empty();
            if (kind.isEmpty()) {
                wrong.add(base);
                return;
            }
            int row = Integer.parseInt(m.group(1));
            byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(new Doc(row, kind.get(), base, content));
        });
        if (!wrong.isEmpty()) {
            String names = String.join(", ", wrong.subList(0, Math.min(10, wrong.size()))) + (wrong.size() > 10 ? ", …" : "");
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tên tài liệu trong tệp .zip phải là <số dòng>-<loại tài liệu>.<đuôi>, ví dụ "
                    + "5-bao-cao-thanh-tich.pdf; không đúng: " + names
                    + " / Documents in the .zip must be named <row>-<document kind>.<ext>, e.g. 5-bao-cao-thanh-tich.pdf; wrong: " + names);
        }
        return byRow;
    }

    private static Optional<String> kindOf(String written, List<NominationFiling.DocumentKindName> kinds) {
        String s = slug(written);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (NominationFiling.DocumentKindName k : kinds) {
            if (slug(k.name()).equals(s) || slug(k.code()).equals(s)) {
                return Optional.of(k.code());
            }
        }
        List<String> prefixed = kinds.stream().filter(k -> slug(k.name()).startsWith(s + "-")).map(NominationFiling.DocumentKindName::code).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private ListDocuments() {
    }
}
