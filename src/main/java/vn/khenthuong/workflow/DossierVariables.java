package vn.khenthuong.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khenthuong.nomination.FieldProblem;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NomineeKind;

/**
 * The start form's variables, named like the fields of {@link NewDossier}. They live in the process
 * only between the start event and registerDossier, which stores the dossier in our tables.
 */
final class DossierVariables {

    static final List<String> NAMES = List.of("awardKindCode", "movementCode", "procedureKind", "nomineeKind",
            "nomineeName", "nomineeIdNumber", "nomineeBirthYear", "nomineeGender", "nomineePosition", "nomineeAddress",
            "memberCount", "headName", "taxCode", "achievements", "year");

    static Map<String, Object> of(NewDossier d) {
        Map<String, Object> v = new HashMap<>();
        v.put("awardKindCode", d.awardKindCode());
        v.put("movementCode", d.movementCode());
        v.put("procedureKind", d.procedureKind());
        v.put("nomineeKind", d.nomineeKind() == null ? null : d.nomineeKind().name());
        v.put("nomineeName", d.nomineeName());
        v.put("nomineeIdNumber", d.nomineeIdNumber());
        v.put("nomineeBirthYear", d.nomineeBirthYear());
        v.put("nomineeGender", d.nomineeGender());
        v.put("nomineePosition", d.nomineePosition());
        v.put("nomineeAddress", d.nomineeAddress());
        v.put("memberCount", d.memberCount());
        v.put("headName", d.headName());
        v.put("taxCode", d.taxCode());
        v.put("achievements", d.achievements());
        v.put("year", d.year());
        return v;
    }

    /** Reads what a form or client sent; numbers may arrive as text from an HTML form. */
    static NewDossier read(Map<String, Object> v) {
        List<FieldProblem> problems = new ArrayList<>();
        NomineeKind kind = null;
        String kindText = text(v, "nomineeKind");
        if (kindText != null) {
            try {
                kind = NomineeKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("nomineeKind", "Loại đối tượng không hợp lệ: " + kindText,
                        "Unknown nominee kind: " + kindText));
            }
        }
        Integer birthYear = number(v, "nomineeBirthYear", "Năm sinh", problems);
        Integer memberCount = number(v, "memberCount", "Số thành viên", problems);
        Integer year = number(v, "year", "Năm thành tích", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        return new NewDossier(text(v, "awardKindCode"), text(v, "movementCode"), text(v, "procedureKind"), kind,
                text(v, "nomineeName"), text(v, "nomineeIdNumber"), birthYear, text(v, "nomineeGender"),
                text(v, "nomineePosition"), text(v, "nomineeAddress"), memberCount, text(v, "headName"),
                text(v, "taxCode"), text(v, "achievements"), year);
    }

    private static String text(Map<String, Object> v, String name) {
        Object value = v.get(name);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    private static Integer number(Map<String, Object> v, String name, String label, List<FieldProblem> problems) {
        Object value = v.get(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        String s = text(v, name);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, label + " phải là số nguyên: " + s, name + " must be a whole number: " + s));
            return null;
        }
    }

    private DossierVariables() {
    }
}
