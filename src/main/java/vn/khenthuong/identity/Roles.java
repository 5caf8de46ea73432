package vn.khenthuong.identity;

/**
 * Roles of officials. A Camunda group exists per role and unit, named {@code role.unitCode}
 * (e.g. {@code commune-official.pusamcap}); candidate groups in the BPMN use these names,
 * which keeps every official to the work of their own unit.
 */
public final class Roles {

    public static final String COMMUNE_OFFICIAL = "commune-official";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String COUNCIL_MEMBER = "council";
    /** Records written ballots of absent members, closes the meeting and writes the council's conclusion. */
    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String APPRAISER = "appraiser";
    public static final String CHAIRMAN = "chairman";
    /** Global groups, not tied to a unit. */
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "camunda-admin";

    public static String group(String role, String unitCode) {
        return role + "." + unitCode;
    }

    private Roles() {
    }
}
