package vn.khenthuong.nominationlist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khenthuong.catalog.AwardKind;
import vn.khenthuong.catalog.Movement;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.ProcedureKind;

/**
 * The words of the drop-downs and how a cell's text becomes a value of the dossier. A cell that matches no choice is
 * handed to the filing rules as written, so that the rule refusing it says why in its own words (unknown award kind,
 * gender, movement …); only what cannot be handed on at all (a nominee kind, a number) is refused here.
 */
final class Choices {

    static final String SEPARATOR = " - ";
    static final Map<String, String> GENDERS = Map.of("nam", "MALE", "nữ", "FEMALE", "male", "MALE", "female", "FEMALE");
    static final List<String> GENDER_LABELS = List.of("Nam", "Nữ");
    static final String YES = "Có";
    static final String NO = "Không";
    static final List<String> YES_NO = List.of(YES, NO);

    private static final Locale VI = Locale.forLanguageTag("vi");

    static String awardKind(AwardKind kind) {
        return kind.code() + SEPARATOR + kind.name();
    }

    static String movement(Movement movement) {
        return movement.code() + SEPARATOR + movement.name();
    }

    static List<String> nomineeKinds() {
        return java.util.Arrays.stream(NomineeKind.values()).map(NomineeKind::label).toList();
    }

    static List<String> procedures() {
        return java.util.Arrays.stream(ProcedureKind.values()).map(ProcedureKind::label).toList();
    }

    /** "Cá nhân" or INDIVIDUAL; null when the text names no kind. */
    static NomineeKind nomineeKind(String text) {
        for (NomineeKind k : NomineeKind.values()) {
            if (k.label().equalsIgnoreCase(text) || k.value().equalsIgnoreCase(text)) {
                return k;
            }
        }
        return null;
    }

    /** "BK_TINH - Bằng khen …", "BK_TINH" or the name alone: the code; else the text for the rules to judge. */
    static String awardKindCode(String text, List<AwardKind> catalogue) {
        String code = codeOf(text);
        for (AwardKind k : catalogue) {
            if (k.code().equalsIgnoreCase(code) || k.name().equalsIgnoreCase(text)) {
                return k.code();
            }
        }
        return code;
    }

    static String movementCode(String text, List<Movement> movements) {
        String code = codeOf(text);
        for (Movement m : movements) {
            if (m.code().equalsIgnoreCase(code) || m.name().equalsIgnoreCase(text)) {
                return m.code();
            }
        }
        return code;
    }

    /** "Có" / "Không" (any case, with or without diacritics): true / false; null when the text is neither. */
    static Boolean yesNo(String text) {
        String folded = vn.khenthuong.catalog.FoldedName.of(text);
        return "co".equals(folded) ? Boolean.TRUE : "khong".equals(folded) ? Boolean.FALSE : null;
    }

    static String gender(String text) {
        return GENDERS.getOrDefault(text.toLowerCase(VI), text);
    }

    static String procedure(String text) {
        for (ProcedureKind p : ProcedureKind.values()) {
            if (p.label().equalsIgnoreCase(text) || p.value().equalsIgnoreCase(text)) {
                return p.value();
            }
        }
        return text;
    }

    private static String codeOf(String text) {
        int at = text.indexOf(SEPARATOR);
        return (at > 0 ? text.substring(0, at) : text).trim();
    }

    private Choices() {
    }
}
