package vn.khenthuong.workflow;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final RecordComponent[] FIELDS = NewDossier.class.getRecordComponents();

    static final List<String> NAMES = Arrays.stream(FIELDS).map(RecordComponent::getName).toList();

    static Map<String, Object> of(NewDossier d) {
        Map<String, Object> v = new HashMap<>();
        for (RecordComponent field : FIELDS) {
            Object value;
            try {
                value = field.getAccessor().invoke(d);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read NewDossier." + field.getName(), e);
            }
            v.put(field.getName(), value instanceof Enum<?> e ? e.name() : value);
        }
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
        return FormValues.text(v.get(name));
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
