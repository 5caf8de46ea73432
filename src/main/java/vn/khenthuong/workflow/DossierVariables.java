package vn.khenthuong.workflow;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import vn.khenthuong.nomination.FieldProblem;
import vn.khenthuong.nomination.InvalidDossierException;
import vn.khenthuong.nomination.NewDossier;
import vn.khenthuong.nomination.NomineeKind;
import vn.khenthuong.nomination.Posthumous;

/**
 * The start form's variables, named like the fields of {@link NewDossier}. They live in the process
 * only between the start event and registerDossier, which stores the dossier in our tables.
 */
public final class DossierVariables {

    private static final RecordComponent[] FIELDS = NewDossier.class.getRecordComponents();

    /** Name of the transient start variable holding a dossier filed through the API. */
    static final String TRANSIENT_DOSSIER = "newDossier";

    static final List<String> NAMES = Arrays.stream(FIELDS).map(RecordComponent::getName).toList();

    /** The dossier's fields that registerDossier keeps in the process: the route table and Tasklist read them. */
    static final Set<String> ROUTING = Set.of(NominationProcess.AWARD_KIND_CODE, NominationProcess.NOMINEE_NAME,
            NominationProcess.NOMINEE_KIND, NominationProcess.PROCEDURE_KIND);

    /**
     * The other fields of a start form: the nominee's identity number, birth year, address and the rest of the
     * dossier, which live in our tables and the NOMINATION_FILED event. registerDossier removes them from the process,
     * and {@link HistoryFilter} keeps them out of its history.
     */
    static final Set<String> FORM_ONLY = java.util.stream.Stream.concat(NAMES.stream().filter(n -> !ROUTING.contains(n)),
                    // the posthumous award's receiver: one record component, two form fields
                    java.util.stream.Stream.of("receiverName", "receiverRelation"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A dossier filed through our API, as one transient start variable: registerDossier takes it in the starting
     * transaction and stores the dossier in our tables, so its fields are never written to Camunda's variable tables
     * or history (a copy of the nominee's identity number there would outlive our retention rules, and each field
     * would cost three rows). The start form of Tasklist sends the fields one by one instead ({@link #read}).
     */
    public static Map<String, Object> of(NewDossier d) {
        return Variables.createVariables().putValueTyped(TRANSIENT_DOSSIER, Variables.untypedValue(d, true));
    }

    /** The dossier a start carries: the transient one of our API, else the start form's fields. */
    static NewDossier of(DelegateExecution execution) {
        return execution.getVariable(TRANSIENT_DOSSIER) instanceof NewDossier d ? d : read(execution.getVariables());
    }

    /** Reads what a form or client sent; numbers may arrive as text from an HTML form. */
    public static NewDossier read(Map<String, Object> v) {
        List<FieldProblem> problems = new ArrayList<>();
        NomineeKind kind = null;
        String kindText = text(v, "nomineeKind");
        if (kindText != null) {
            kind = NomineeKind.find(kindText).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem("nomineeKind", "Loại đối tượng không hợp lệ: " + kindText,
                        "Unknown nominee kind: " + kindText));
            }
        }
        Integer birthYear = number(v, "nomineeBirthYear", "Năm sinh", problems);
        Integer memberCount = number(v, "memberCount", "Số thành viên", problems);
        Integer year = number(v, "year", "Năm thành tích", problems);
        Boolean posthumous = flag(v, "posthumous", "Truy tặng", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
        return new NewDossier(text(v, "awardKindCode"), text(v, "movementCode"), text(v, "procedureKind"), kind,
                text(v, "nomineeName"), text(v, "nomineeIdNumber"), birthYear, text(v, "nomineeGender"),
                text(v, "nomineePosition"), text(v, "nomineeAddress"), memberCount, text(v, "headName"),
                text(v, "taxCode"), text(v, "achievements"), year,
                Posthumous.of(Boolean.TRUE.equals(posthumous), text(v, "receiverName"), text(v, "receiverRelation")));
    }

    /** The start form's "Truy tặng" select sends "true" or nothing; REST clients may send a JSON boolean. */
    private static Boolean flag(Map<String, Object> v, String name, String label, List<FieldProblem> problems) {
        Object value = v.get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        String s = text(v, name);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        problems.add(new FieldProblem(name, label + " phải là có hoặc không: " + s, name + " must be true or false: " + s));
        return null;
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
