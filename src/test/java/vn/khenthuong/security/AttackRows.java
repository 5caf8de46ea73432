package vn.khenthuong.security;

import static vn.khenthuong.security.AttackHttp.utf8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.khenthuong.security.Fixtures.Stage;

/**
 * The attack table: each row a user, a door, an attempt and the refusal expected of it (issue 13). Generated
 * from combinations — steering variables × tasks × doors, every role against every task that is not theirs,
 * every role against admin-only resources — plus control rows: the right user doing the right thing succeeds.
 */
final class AttackRows {

    /** How a request reaches the system. */
    enum Door {
        BASIC("/engine-rest, HTTP Basic"),
        COOKIE("/engine-rest, session cookie only, foreign Origin"),
        WEBAPP("/camunda/api/engine, session + X-XSRF-TOKEN"),
        FORM("Tasklist form submit (/camunda/api/engine/…/submit-form)"),
        API("/api"),
        RAW("other path");

        final String label;

        Door(String label) {
            this.label = label;
        }
    }

    /** What the row expects: a refusal with one of {@code statuses}, or (control) a success that {@code holds}. */
    record Expect(Set<Integer> statuses, String fragment, boolean control, Predicate<Context> holds, boolean harmlessSuccessAllowed) {
        static Expect refused(Integer... statuses) {
            return new Expect(Set.of(statuses), null, false, c -> true, false);
        }

        /** Refused, or accepted without changing anything (a signal nobody listens to). */
        static Expect refusedOrHarmless(Integer... statuses) {
            return new Expect(Set.of(statuses), null, false, c -> true, true);
        }

        static Expect succeeds(Predicate<Context> holds) {
            return new Expect(Set.of(200, 201, 204), null, true, holds, false);
        }

        Expect containing(String fragment) {
            return new Expect(statuses, fragment, control, holds, harmlessSuccessAllowed);
        }
    }

    record Row(String id, String user, Door door, String attempt, Stage stage, Function<Context, AttackHttp.Response> send,
               Expect expect, Set<String> tolerated) {
        @Override
        public String toString() {
            return id + " " + user + " @ " + door.label + ": " + attempt;
        }
    }

    /** What a row runs against: the HTTP doors, the fixtures and the few ids the attempts name. */
    record Context(AttackHttp http, Fixtures fixtures, java.util.function.Supplier<String> cleanupJob, String passwordlessUser) {

        String cleanupJobId() {
            return cleanupJob.get();
        }

        AttackHttp.Response engine(Door door, String user, String method, String path, String json) {
            byte[] body = json == null ? null : utf8(json);
            String type = json == null ? null : "application/json";
            return switch (door) {
                case BASIC -> http.basic(user, method, path, type, body);
                case COOKIE -> http.cookieOnly(user, method, path, type, body);
                case WEBAPP, FORM -> http.webapp(user, method, path, type, body);
                default -> throw new IllegalArgumentException(door.name());
            };
        }

        String task(Stage s) {
            return fixtures.task(s);
        }

        String instance(Stage s) {
            return fixtures.instance(s);
        }
    }

    // Demo users by role (seeds/users.yaml).
    static final String COMMUNE = "xa.pusamcap";
    static final String OTHER_COMMUNE = "xa.phucthan";
    static final String DISTRICT = "huyen.sinho";
    static final String OTHER_DISTRICT = "huyen.thanuyen";
    static final String MEMBER = "hd.sinho.2";
    static final String OTHER_MEMBER = "hd.sinho.3";
    static final String SECRETARY = "hd.sinho.1";
    static final String FOREIGN_MEMBER = "hd.thanuyen.2";
    static final String APPRAISER = "tinh.thamdinh";
    static final String CHAIRMAN = "tinh.chutich";
    static final String AUDITOR = "thanhtra";
    static final String ADMIN = "admin";
    /** One user of each role that is not administrator. */
    static final List<String> NON_ADMINS = List.of(COMMUNE, DISTRICT, MEMBER, SECRETARY, APPRAISER, CHAIRMAN, AUDITOR);

    static final Integer[] GUARD = {400, 403};
    static final Integer[] DENIED = {401, 403};
    static final Integer[] NOT_YOURS = {400, 403, 404};
    static final Integer[] REFUSED = {400, 401, 403, 409};
    /** Writing another user's account: 404 is a refusal too (officials do not see other users at all). */
    static final Integer[] OTHER_USER = {401, 403, 404};

    /** Variables that steer the route (what a delegate sets), and one nobody thought of. */
    static Map<String, Object> steering(String self) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lastStepOrder", 70);
        m.put("route", "[{\"order\":80,\"step\":\"DECISION\"}]");
        m.put("routeStep", "DECISION");
        m.put("stepLevel", "PROVINCE");
        m.put("stepUnit", "laichau");
        m.put("unitCode", "phucthan");
        m.put("councilMembers", List.of(self));
        m.put("awardKindCode", "CSTD_TQ");
        m.put("tierModel", "TWO_TIER");
        m.put("disclosureCloses", "2019-01-01");
        m.put("supplementDue", "2099-12-31");
        m.put("initiator", "xa.phucthan");
        m.put("votePassed", true);
        m.put("secretBallot", false);
        m.put("nominationCode", "LC-2019-999999");
        m.put("tenBienKhongAiNghiToi", "x");
        return m;
    }

    static final List<String> FEW = List.of("lastStepOrder", "routeStep", "stepUnit", "councilMembers", "awardKindCode", "initiator",
            "tenBienKhongAiNghiToi");

    static Map<String, Object> answer(Stage s) {
        return switch (s) {
            case COMMUNE_REVIEW, DISTRICT_REVIEW, APPRAISAL -> Fixtures.review("Đồng ý");
            case COUNCIL_VOTE -> new LinkedHashMap<>(Map.of("vote", "yes"));
            case DECISION -> Fixtures.decisionAnswer();
        };
    }

    static String completion(Map<String, Object> vars) {
        return "{\"variables\":" + Json.variables(vars) + "}";
    }

    static String modifications(String name, Object value) {
        return "{\"modifications\":{" + Json.str(name) + ":" + Json.variable(value) + "}}";
    }

    private final List<Row> rows = new ArrayList<>();
    private int next = 1;

    private void add(String user, Door door, String attempt, Stage stage, Function<Context, AttackHttp.Response> send, Expect expect,
                     String... tolerated) {
        rows.add(new Row(String.format("A%03d", next++), user, door, attempt, stage, send, expect, Set.of(tolerated)));
    }

    private void engine(String user, Door door, String attempt, Stage stage, String method, Function<Context, String> path,
                        Function<Context, String> json, Expect expect, String... tolerated) {
        add(user, door, attempt, stage, c -> c.engine(door, user, method, path.apply(c), json == null ? null : json.apply(c)), expect, tolerated);
    }

    static List<Row> attacks() {
        AttackRows t = new AttackRows();
        t.steeringCompletions();
        t.variableWrites();
        t.instanceWrites();
        t.processControl();
        t.tasksNotYours();
        t.council();
        t.filing();
        t.crossSite();
        t.jobs();
        t.identityAndComments();
        t.deployments();
        t.badInput();
        t.notifications();
        t.revocation();
        return t.rows;
    }

    // 1. A step may change only what its form declares.

    private void steeringCompletions() {
        for (Stage s : Stage.values()) {
            List<Door> doors = s == Stage.COMMUNE_REVIEW ? List.of(Door.BASIC, Door.WEBAPP, Door.FORM) : List.of(Door.BASIC, Door.FORM);
            Map<String, Object> steering = steering(s.owner);
            List<String> names = s == Stage.COMMUNE_REVIEW ? List.copyOf(steering.keySet()) : FEW;
            for (Door d : doors) {
                for (String name : names) {
                    Map<String, Object> vars = answer(s);
                    vars.put(name, steering.get(name));
                    String op = d == Door.FORM ? "submit-form" : "complete";
                    engine(s.owner, d, s.taskKey + " " + op + " with its answer + " + name + "=" + Json.value(steering.get(name)), s, "POST",
                            c -> "/task/" + c.task(s) + "/" + op, c -> completion(vars), Expect.refused(GUARD));
                }
            }
        }
        // Declared names with a wrong type or shape.
        for (Door d : List.of(Door.BASIC, Door.FORM)) {
            String op = d == Door.FORM ? "submit-form" : "complete";
            Map<String, Object> intOutcome = new LinkedHashMap<>(Map.of("outcome", 1));
            engine(COMMUNE, d, "communeReview " + op + " with outcome as Integer 1", Stage.COMMUNE_REVIEW, "POST",
                    c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/" + op, c -> completion(intOutcome), Expect.refused(GUARD));
            Map<String, Object> jsonOutcome = new LinkedHashMap<>(Map.of("outcome", new Json.Typed("{\"value\":\"approve\",\"lastStepOrder\":70}", "Json")));
            engine(COMMUNE, d, "communeReview " + op + " with outcome as a Json object", Stage.COMMUNE_REVIEW, "POST",
                    c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/" + op, c -> completion(jsonOutcome), Expect.refused(GUARD));
            Map<String, Object> badOutcome = new LinkedHashMap<>(Map.of("outcome", "skipToDecision", "comment", "x"));
            engine(COMMUNE, d, "communeReview " + op + " with outcome outside approve|return|reject", Stage.COMMUNE_REVIEW, "POST",
                    c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/" + op, c -> completion(badOutcome), Expect.refused(GUARD));
            Map<String, Object> decisionDate = new LinkedHashMap<>(Map.of("decisionNumber", "2551/QĐ-UBND", "decisionDate", 20191231L));
            engine(CHAIRMAN, d, "decision " + op + " with decisionDate as Long", Stage.DECISION, "POST",
                    c -> "/task/" + c.task(Stage.DECISION) + "/" + op, c -> completion(decisionDate), Expect.refused(GUARD));
        }
    }

    private void variableWrites() {
        for (Stage s : Stage.values()) {
            boolean full = s == Stage.COMMUNE_REVIEW;
            List<String> names = full ? List.of("lastStepOrder", "councilMembers", "stepUnit", "initiator", "tenBienKhongAiNghiToi")
                    : List.of("lastStepOrder", "councilMembers");
            List<Door> doors = full ? List.of(Door.BASIC, Door.WEBAPP) : List.of(Door.BASIC);
            Map<String, Object> steering = steering(s.owner);
            for (Door d : doors) {
                for (String name : names) {
                    Object v = steering.get(name);
                    engine(s.owner, d, "POST task/{id}/localVariables " + name, s, "POST",
                            c -> "/task/" + c.task(s) + "/localVariables", c -> modifications(name, v), Expect.refused(GUARD));
                    engine(s.owner, d, "PUT task/{id}/localVariables/" + name, s, "PUT",
                            c -> "/task/" + c.task(s) + "/localVariables/" + name, c -> Json.variable(v), Expect.refused(GUARD));
                    if (!full) {
                        continue;
                    }
                    engine(s.owner, d, "POST task/{id}/variables " + name, s, "POST",
                            c -> "/task/" + c.task(s) + "/variables", c -> modifications(name, v), Expect.refused(GUARD));
                    engine(s.owner, d, "PUT task/{id}/variables/" + name, s, "PUT",
                            c -> "/task/" + c.task(s) + "/variables/" + name, c -> Json.variable(v), Expect.refused(GUARD));
                }
                if (full) {
                    for (String name : List.of("lastStepOrder", "stepUnit", "route")) {
                        engine(s.owner, d, "POST task/{id}/variables deleting " + name, s, "POST",
                                c -> "/task/" + c.task(s) + "/variables", c -> "{\"deletions\":[\"" + name + "\"]}", Expect.refused(GUARD));
                        engine(s.owner, d, "DELETE task/{id}/variables/" + name, s, "DELETE",
                                c -> "/task/" + c.task(s) + "/variables/" + name, null, Expect.refused(GUARD));
                    }
                }
            }
        }
    }

    private void instanceWrites() {
        for (Stage s : Stage.values()) {
            List<String> users = s == Stage.COMMUNE_REVIEW ? NON_ADMINS : List.of(s.owner, AUDITOR);
            for (String u : users) {
                List<Door> doors = u.equals(s.owner) && s == Stage.COMMUNE_REVIEW ? List.of(Door.BASIC, Door.WEBAPP) : List.of(Door.BASIC);
                for (Door d : doors) {
                    engine(u, d, "POST process-instance/{id}/variables lastStepOrder=70", s, "POST",
                            c -> "/process-instance/" + c.instance(s) + "/variables", c -> modifications("lastStepOrder", 70), Expect.refused(NOT_YOURS));
                    engine(u, d, "PUT process-instance/{id}/variables/councilMembers", s, "PUT",
                            c -> "/process-instance/" + c.instance(s) + "/variables/councilMembers", c -> Json.variable(List.of(u)),
                            Expect.refused(NOT_YOURS));
                    engine(u, d, "DELETE process-instance/{id}/variables/stepUnit", s, "DELETE",
                            c -> "/process-instance/" + c.instance(s) + "/variables/stepUnit", null, Expect.refused(NOT_YOURS));
                    engine(u, d, "PUT execution/{id}/localVariables/lastStepOrder", s, "PUT",
                            c -> "/execution/" + c.fixtures().executionOf(s) + "/localVariables/lastStepOrder", c -> Json.variable(70),
                            Expect.refused(NOT_YOURS));
                    engine(u, d, "POST execution/{id}/localVariables initiator", s, "POST",
                            c -> "/execution/" + c.fixtures().executionOf(s) + "/localVariables", c -> modifications("initiator", u),
                            Expect.refused(NOT_YOURS));
                }
            }
        }
    }

    private void processControl() {
        for (Stage s : Stage.values()) {
            List<String> users = s == Stage.COMMUNE_REVIEW ? NON_ADMINS : List.of(s.owner, AUDITOR);
            for (String u : users) {
                List<Door> doors = u.equals(s.owner) && s == Stage.COMMUNE_REVIEW ? List.of(Door.BASIC, Door.WEBAPP) : List.of(Door.BASIC);
                for (Door d : doors) {
                    engine(u, d, "POST message centralDecision with processVariables", s, "POST", c -> "/message",
                            c -> "{\"messageName\":\"centralDecision\",\"businessKey\":\"" + c.fixtures().code(s) + "\",\"processVariables\":"
                                    + Json.variables(Map.of("lastStepOrder", 90, "decisionNumber", "1/QĐ-TTg")) + "}", Expect.refused(NOT_YOURS));
                    engine(u, d, "POST signal with variables", s, "POST", c -> "/signal",
                            c -> "{\"name\":\"khenThuong\",\"variables\":" + Json.variables(Map.of("lastStepOrder", 70)) + "}",
                            Expect.refusedOrHarmless(REFUSED));
                    engine(u, d, "POST process-instance/{id}/modification startBeforeActivity decision", s, "POST",
                            c -> "/process-instance/" + c.instance(s) + "/modification",
                            c -> "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"decision\"}]}",
                            Expect.refused(NOT_YOURS));
                    engine(u, d, "DELETE process-instance/{id}", s, "DELETE", c -> "/process-instance/" + c.instance(s), null,
                            Expect.refused(NOT_YOURS), "audit:DELETION_ATTEMPTED");
                    engine(u, d, "PUT process-instance/{id}/suspended", s, "PUT", c -> "/process-instance/" + c.instance(s) + "/suspended",
                            c -> "{\"suspended\":true}", Expect.refused(NOT_YOURS));
                    engine(u, d, "POST process-instance/delete (batch)", s, "POST", c -> "/process-instance/delete",
                            c -> "{\"processInstanceIds\":[\"" + c.instance(s) + "\"],\"deleteReason\":\"x\"}", Expect.refused(NOT_YOURS));
                }
            }
        }
        for (String u : NON_ADMINS) {
            engine(u, Door.BASIC, "PUT process-definition/key/nomination/suspended with instances", null, "PUT",
                    c -> "/process-definition/key/nomination/suspended", c -> "{\"suspended\":true,\"includeProcessInstances\":true}",
                    Expect.refused(NOT_YOURS));
        }
    }

    private void tasksNotYours() {
        for (Stage s : Stage.values()) {
            List<String> others = new ArrayList<>(NON_ADMINS);
            others.remove(s.owner);
            others.add(switch (s) {
                case COMMUNE_REVIEW -> OTHER_COMMUNE;
                case DISTRICT_REVIEW -> OTHER_DISTRICT;
                case COUNCIL_VOTE -> FOREIGN_MEMBER;
                default -> OTHER_COMMUNE;
            });
            for (String u : others) {
                Map<String, Object> vars = answer(s);
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": complete", s, "POST", c -> "/task/" + c.task(s) + "/complete",
                        c -> completion(vars), Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": claim", s, "POST", c -> "/task/" + c.task(s) + "/claim",
                        c -> "{\"userId\":\"" + u + "\"}", Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": set assignee to self", s, "POST", c -> "/task/" + c.task(s) + "/assignee",
                        c -> "{\"userId\":\"" + u + "\"}", Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": delegate to self", s, "POST", c -> "/task/" + c.task(s) + "/delegate",
                        c -> "{\"userId\":\"" + u + "\"}", Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": resolve", s, "POST", c -> "/task/" + c.task(s) + "/resolve",
                        c -> "{\"variables\":{}}", Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": DELETE task", s, "DELETE", c -> "/task/" + c.task(s), null,
                        Expect.refused(NOT_YOURS));
                engine(u, Door.BASIC, s.taskKey + " of " + s.owner + ": add self as candidate", s, "POST",
                        c -> "/task/" + c.task(s) + "/identity-links", c -> "{\"userId\":\"" + u + "\",\"type\":\"candidate\"}",
                        Expect.refused(NOT_YOURS));
            }
            // The task's own user may work on it, not hand it around or remove it.
            engine(s.owner, Door.BASIC, s.taskKey + ": assignee changed to another user", s, "POST", c -> "/task/" + c.task(s) + "/assignee",
                    c -> "{\"userId\":\"" + OTHER_COMMUNE + "\"}", Expect.refused(NOT_YOURS));
            engine(s.owner, Door.BASIC, s.taskKey + ": delegated to another user", s, "POST", c -> "/task/" + c.task(s) + "/delegate",
                    c -> "{\"userId\":\"" + OTHER_COMMUNE + "\"}", Expect.refused(NOT_YOURS));
            engine(s.owner, Door.BASIC, s.taskKey + ": DELETE own task", s, "DELETE", c -> "/task/" + c.task(s), null, Expect.refused(NOT_YOURS));
            engine(s.owner, Door.WEBAPP, s.taskKey + ": DELETE own task", s, "DELETE", c -> "/task/" + c.task(s), null, Expect.refused(NOT_YOURS));
        }
    }

    // 2. The council's facts live in our tables.

    private void council() {
        Stage s = Stage.COUNCIL_VOTE;
        for (Door d : List.of(Door.BASIC, Door.WEBAPP, Door.FORM)) {
            String op = d == Door.FORM ? "submit-form" : "complete";
            engine(MEMBER, d, "councilVote of " + OTHER_MEMBER + ": " + op + " with vote=no", s, "POST",
                    c -> "/task/" + c.fixtures().task(s, OTHER_MEMBER) + "/" + op, c -> completion(Map.of("vote", "no")), Expect.refused(NOT_YOURS));
        }
        for (String name : List.of("quorum", "requiredShare", "strictlyMore", "voteSummary")) {
            Map<String, Object> v = new LinkedHashMap<>(Map.of("vote", "yes"));
            v.put(name, name.equals("strictlyMore") ? (Object) Boolean.FALSE : name.equals("voteSummary") ? "5/5" : (Object) 1);
            engine(MEMBER, Door.BASIC, "own councilVote complete with vote=yes + " + name, s, "POST",
                    c -> "/task/" + c.task(s) + "/complete", c -> completion(v), Expect.refused(GUARD));
        }
        add(MEMBER, Door.API, "POST /api/council/ballots for " + OTHER_MEMBER + "'s task", s,
                c -> c.http().api(MEMBER, "POST", "/api/council/ballots/" + c.fixtures().task(s, OTHER_MEMBER), "application/json",
                        utf8("{\"vote\":\"no\"}")), Expect.refused(403, 404));
        add(SECRETARY, Door.API, "secretary casts a ballot on " + OTHER_MEMBER + "'s task", s,
                c -> c.http().api(SECRETARY, "POST", "/api/council/ballots/" + c.fixtures().task(s, OTHER_MEMBER), "application/json",
                        utf8("{\"vote\":\"no\"}")), Expect.refused(403, 404));
        add(FOREIGN_MEMBER, Door.API, "member of another council casts on " + OTHER_MEMBER + "'s task", s,
                c -> c.http().api(FOREIGN_MEMBER, "POST", "/api/council/ballots/" + c.fixtures().task(s, OTHER_MEMBER), "application/json",
                        utf8("{\"vote\":\"no\"}")), Expect.refused(403, 404));
        for (String present : List.of(OTHER_MEMBER, MEMBER)) {
            add(SECRETARY, Door.API, "written ballot for " + present + " (present, not marked absent)", s,
                    c -> c.http().api(SECRETARY, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/written-ballots",
                            "application/json", utf8("{\"member\":\"" + present + "\",\"vote\":\"no\",\"paperReference\":\"01/PBVB\"}")),
                    Expect.refused(400, 403, 409));
        }
        add(SECRETARY, Door.API, "written ballot for someone outside the council", s,
                c -> c.http().api(SECRETARY, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/written-ballots",
                        "application/json", utf8("{\"member\":\"" + FOREIGN_MEMBER + "\",\"vote\":\"yes\",\"paperReference\":\"02/PBVB\"}")),
                Expect.refused(400, 403, 409));
        add(MEMBER, Door.API, "non-secretary records a written ballot", s,
                c -> c.http().api(MEMBER, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/written-ballots",
                        "application/json", utf8("{\"member\":\"" + OTHER_MEMBER + "\",\"vote\":\"yes\",\"paperReference\":\"03/PBVB\"}")),
                Expect.refused(400, 403, 404));
        add(MEMBER, Door.API, "non-secretary marks a member absent", s,
                c -> c.http().api(MEMBER, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/absences",
                        "application/json", utf8("{\"member\":\"" + OTHER_MEMBER + "\"}")),
                Expect.refused(400, 403, 404));
        for (String name : List.of("councilMembers", "votePassed", "lastStepOrder")) {
            Object v = steering(SECRETARY).get(name);
            engine(SECRETARY, Door.BASIC, "recordWrittenBallots complete with " + name, s, "POST",
                    c -> "/task/" + c.fixtures().secretaryTask() + "/complete", c -> completion(Map.of(name, v)), Expect.refused(GUARD));
        }
        engine(SECRETARY, Door.BASIC, "PUT localVariables councilMembers on the secretary task", s, "PUT",
                c -> "/task/" + c.fixtures().secretaryTask() + "/localVariables/councilMembers", c -> Json.variable(List.of(SECRETARY)),
                Expect.refused(GUARD));
    }

    // Filing in another unit's name, by the wrong role, or with steering start variables.

    private void filing() {
        Map<String, Object> steering = steering(COMMUNE);
        for (Door d : List.of(Door.BASIC, Door.WEBAPP, Door.FORM)) {
            String op = d == Door.FORM ? "submit-form" : "start";
            for (String name : List.of("initiator", "unitCode", "lastStepOrder", "councilMembers", "stepUnit", "tenBienKhongAiNghiToi")) {
                Map<String, Object> vars = Fixtures.startForm("Lò Văn Giả", "000000000001");
                vars.put(name, name.equals("initiator") ? OTHER_COMMUNE : steering.get(name));
                engine(COMMUNE, d, "process-definition/key/nomination/" + op + " with " + name + "=" + Json.value(vars.get(name)), null, "POST",
                        c -> "/process-definition/key/nomination/" + op, c -> "{\"variables\":" + Json.variables(vars) + "}", Expect.refused(GUARD));
            }
        }
        for (String u : List.of(DISTRICT, AUDITOR, MEMBER, APPRAISER, CHAIRMAN, ADMIN)) {
            add(u, Door.API, "POST /api/nominations (not a commune official)", null,
                    c -> c.http().api(u, "POST", "/api/nominations", "application/json",
                            utf8(Fixtures.dossierJson("Lò Văn Giả", Fixtures.nextIdNumber()))), Expect.refused(400, 403));
            if (!u.equals(ADMIN)) {
                Map<String, Object> vars = Fixtures.startForm("Lò Văn Giả", "000000000002");
                engine(u, Door.BASIC, "process-definition/key/nomination/start (not a commune official)", null, "POST",
                        c -> "/process-definition/key/nomination/start", c -> "{\"variables\":" + Json.variables(vars) + "}",
                        Expect.refused(400, 403));
            }
        }
        // Lists from Excel (issue 16): only a commune official files one, never from a foreign page.
        for (String u : List.of(DISTRICT, AUDITOR, MEMBER, SECRETARY, APPRAISER, CHAIRMAN, ADMIN)) {
            add(u, Door.API, "POST /api/nomination-lists (not a commune official)", null, c -> {
                AttackHttp.Multipart m = AttackHttp.multipart(Map.of("mode", "VALID_ROWS", "file|danh-sach.xlsx", nominationList()));
                return c.http().api(u, "POST", "/api/nomination-lists", m.contentType(), m.body());
            }, Expect.refused(403));
        }
        add(COMMUNE, Door.API, "POST /api/nomination-lists from a foreign page with the session cookie only", null, c -> {
            AttackHttp.Multipart m = AttackHttp.multipart(Map.of("mode", "VALID_ROWS", "file|danh-sach.xlsx", nominationList()));
            return c.http().crossSite(COMMUNE, "POST", "/api/nomination-lists", m.contentType(), m.body());
        }, Expect.refused(DENIED));
        // Our API: a field naming another unit is either refused or ignored (the dossier is the caller's unit's).
        add(COMMUNE, Door.API, "POST /api/nominations with initiator=xa.phucthan, unitCode=phucthan", null,
                c -> c.http().api(COMMUNE, "POST", "/api/nominations", "application/json",
                        utf8(Fixtures.dossierJson("Lò Văn Mạo", "000000000003").replace("{\"awardKindCode\"",
                                "{\"initiator\":\"xa.phucthan\",\"unitCode\":\"phucthan\",\"createdBy\":\"xa.phucthan\",\"awardKindCode\""))),
                Expect.refused(400));
        add(COMMUNE, Door.API, "POST /api/nominations from a foreign page with the session cookie only", null,
                c -> c.http().crossSite(COMMUNE, "POST", "/api/nominations", "application/json",
                        utf8(Fixtures.dossierJson("Lò Văn Giả", Fixtures.nextIdNumber()))), Expect.refused(DENIED));
    }

    /** A one-row list of nominees: the sheet "Danh sách" of the template with a valid individual. */
    static byte[] nominationList() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Danh sách");
            String[] header = {"Loại đối tượng (*)", "Danh hiệu / hình thức khen thưởng (*)", "Họ và tên / tên tập thể, doanh nghiệp", "Năm sinh",
                    "Giới tính", "Số căn cước công dân", "Chức vụ, đơn vị công tác", "Địa chỉ (bản/thôn, xã)", "Số thành viên",
                    "Người đứng đầu / chủ hộ", "Mã số thuế", "Phong trào thi đua", "Loại khen thưởng", "Năm thành tích", "Tóm tắt thành tích (*)"};
            String[] row = {"Cá nhân", "BK_TINH", "Lò Văn Danh Sách Giả", "1985", "Nam", Fixtures.nextIdNumber(), "Trưởng bản", "Bản Pu Sam Cáp",
                    null, null, null, null, null, null, "Vận động Nhân dân hiến đất làm đường."};
            var head = sheet.createRow(0);
            var line = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
                if (row[i] != null) {
                    line.createCell(i).setCellValue(row[i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // Notifications: only administrators read the demo mailbox; a person changes only their own choices.

    // Annulment of an award (issue 14, point 3): only the provincial board starts one, only auditors file findings, only the
    // board proposes a correction; nobody steers the process with a variable of their own.
    private void revocation() {
        String start = "{\"awardId\":1,\"groundCode\":\"GIAN_DOI_KE_KHAI\",\"groundDetail\":\"Thử\"}";
        for (String u : List.of(COMMUNE, DISTRICT, MEMBER, SECRETARY, CHAIRMAN, AUDITOR)) {
            add(u, Door.API, "POST /api/revocations (not the provincial board)", null,
                    c -> c.http().api(u, "POST", "/api/revocations", "application/json", utf8(start)), Expect.refused(403));
            Map<String, Object> vars = new LinkedHashMap<>(Map.of("awardId", "1", "groundCode", "GIAN_DOI_KE_KHAI", "groundDetail", "Thử"));
            engine(u, Door.BASIC, "process-definition/key/revocation/start (not the provincial board)", null, "POST",
                    c -> "/process-definition/key/revocation/start", c -> "{\"variables\":" + Json.variables(vars) + "}",
                    Expect.refused(403, 404)); // without READ on the definition the engine does not even name it
            add(u, Door.API, "POST /api/awards/1/corrections (not the provincial board)", null,
                    c -> c.http().api(u, "POST", "/api/awards/1/corrections", "application/json",
                            utf8("{\"field\":\"NOMINEE_NAME\",\"correctedValue\":\"Tên khác\",\"reason\":\"Thử\"}")), Expect.refused(403, 404));
        }
        for (String u : List.of(COMMUNE, APPRAISER, CHAIRMAN)) {
            add(u, Door.API, "POST /api/revocation-findings (not an auditor)", null,
                    c -> c.http().api(u, "POST", "/api/revocation-findings", "application/json",
                            utf8("{\"awardId\":1,\"groundCode\":\"GIAN_DOI_KE_KHAI\",\"content\":\"Thử\"}")), Expect.refused(403));
        }
        for (String name : List.of("initiator", "caseId", "boardUnit", "decidingUnit", "amountToRecover", "recoveryDue", "tenBienKhongAiNghiToi")) {
            Map<String, Object> vars = new LinkedHashMap<>(Map.of("awardId", "1", "groundCode", "GIAN_DOI_KE_KHAI", "groundDetail", "Thử"));
            vars.put(name, name.equals("initiator") ? CHAIRMAN : "laichau");
            engine(APPRAISER, Door.BASIC, "process-definition/key/revocation/start with " + name, null, "POST",
                    c -> "/process-definition/key/revocation/start", c -> "{\"variables\":" + Json.variables(vars) + "}", Expect.refused(GUARD));
        }
    }

    private void notifications() {
        for (String u : List.of(COMMUNE, DISTRICT, AUDITOR, MEMBER, APPRAISER, CHAIRMAN)) {
            add(u, Door.API, "GET /api/demo-mailbox (not an administrator)", null,
                    c -> c.http().api(u, "GET", "/api/demo-mailbox", null, null), Expect.refused(403));
        }
        add(COMMUNE, Door.API, "PUT /api/me/notifications naming another user", null,
                c -> c.http().api(COMMUNE, "PUT", "/api/me/notifications", "application/json",
                        utf8("{\"userId\":\"xa.phucthan\",\"preferences\":[{\"kind\":\"RETURNED\",\"enabled\":false}]}")), Expect.refused(400));
        add(COMMUNE, Door.API, "PUT /api/me/notifications from a foreign page with the session cookie only", null,
                c -> c.http().crossSite(COMMUNE, "PUT", "/api/me/notifications", "application/json",
                        utf8("{\"preferences\":[{\"kind\":\"RETURNED\",\"enabled\":false}]}")), Expect.refused(DENIED));
    }

    // 3. Cookies never authorize a cross-site write.

    private void crossSite() {
        add(ADMIN, Door.COOKIE, "multipart deployment/create of a process with a timer", null, c -> {
            AttackHttp.Multipart m = AttackHttp.multipart(Map.of("deployment-name", "bay", "deploy-changed-only", "false",
                    "bay.bpmn|bay.bpmn", utf8(TRAP_BPMN)));
            return c.http().cookieOnly(ADMIN, "POST", "/deployment/create", m.contentType(), m.body());
        }, Expect.refused(DENIED));
        engine(ADMIN, Door.COOKIE, "PUT job/{cleanup}/suspended", null, "PUT", c -> "/job/" + c.cleanupJobId() + "/suspended",
                c -> "{\"suspended\":true}", Expect.refused(DENIED));
        engine(ADMIN, Door.COOKIE, "POST user/create", null, "POST", c -> "/user/create",
                c -> "{\"profile\":{\"id\":\"ke.gian\",\"firstName\":\"Kẻ\",\"lastName\":\"Gian\"},\"credentials\":{\"password\":\"Gian#2026x\"}}",
                Expect.refused(DENIED));
        engine(ADMIN, Door.COOKIE, "PUT user/xa.phucthan/credentials", null, "PUT", c -> "/user/" + OTHER_COMMUNE + "/credentials",
                c -> "{\"password\":\"Gian#2026x\",\"authenticatedUserPassword\":\"demo\"}", Expect.refused(DENIED));
        engine(ADMIN, Door.COOKIE, "POST authorization/create (ALL on process instances for xa.pusamcap)", null, "POST",
                c -> "/authorization/create", c -> "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"xa.pusamcap\",\"resourceType\":8,\"resourceId\":\"*\"}",
                Expect.refused(DENIED));
        engine(ADMIN, Door.COOKIE, "DELETE process-instance of the decision step", Stage.DECISION, "DELETE",
                c -> "/process-instance/" + c.instance(Stage.DECISION), null, Expect.refused(DENIED), "audit:DELETION_ATTEMPTED");
        engine(ADMIN, Door.COOKIE, "POST identity/verify", null, "POST", c -> "/identity/verify",
                c -> "{\"username\":\"tinh.chutich\",\"password\":\"demo\"}", Expect.refused(DENIED));
        for (Stage s : Stage.values()) {
            Map<String, Object> vars = answer(s);
            engine(s.owner, Door.COOKIE, s.taskKey + " complete with its plain answer", s, "POST", c -> "/task/" + c.task(s) + "/complete",
                    c -> completion(vars), Expect.refused(DENIED));
        }
        Map<String, Object> skip = answer(Stage.COMMUNE_REVIEW);
        skip.put("lastStepOrder", 70);
        engine(COMMUNE, Door.COOKIE, "communeReview complete with outcome=approve + lastStepOrder=70", Stage.COMMUNE_REVIEW, "POST",
                c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/complete", c -> completion(skip), Expect.refused(DENIED));
        engine(COMMUNE, Door.COOKIE, "process-definition/key/nomination/start", null, "POST", c -> "/process-definition/key/nomination/start",
                c -> "{\"variables\":" + Json.variables(Fixtures.startForm("Lò Văn Giả", "000000000004")) + "}", Expect.refused(DENIED));
    }

    /** A process whose timer would run an expression by itself, once deployed. */
    static final String TRAP_BPMN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" "
            + "targetNamespace=\"http://tancong\"><process id=\"bay\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
            + "<startEvent id=\"s\"><timerEventDefinition><timeDate>2099-01-01T00:00:00</timeDate></timerEventDefinition></startEvent>"
            + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"t\"/><serviceTask id=\"t\" camunda:expression=\"${true}\"/>"
            + "<sequenceFlow id=\"g\" sourceRef=\"t\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";

    // 4. Only administrators touch jobs, passwords and history cleanup; the auditor is read-only.

    private void jobs() {
        for (String u : NON_ADMINS) {
            List<Door> doors = u.equals(AUDITOR) || u.equals(COMMUNE) ? List.of(Door.BASIC, Door.WEBAPP) : List.of(Door.BASIC);
            for (Door d : doors) {
                engine(u, d, "history cleanup job: suspend", null, "PUT", c -> "/job/" + c.cleanupJobId() + "/suspended",
                        c -> "{\"suspended\":true}", Expect.refused(DENIED));
                engine(u, d, "history cleanup job: set retries", null, "PUT", c -> "/job/" + c.cleanupJobId() + "/retries",
                        c -> "{\"retries\":0}", Expect.refused(DENIED));
                engine(u, d, "history cleanup job: execute now", null, "POST", c -> "/job/" + c.cleanupJobId() + "/execute", null,
                        Expect.refused(DENIED));
                engine(u, d, "history cleanup job: reschedule", null, "PUT", c -> "/job/" + c.cleanupJobId() + "/duedate",
                        c -> "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}", Expect.refused(DENIED));
                engine(u, d, "history cleanup job: DELETE", null, "DELETE", c -> "/job/" + c.cleanupJobId(), null, Expect.refused(DENIED));
            }
            engine(u, Door.BASIC, "POST history/cleanup (schedule it now)", null, "POST", c -> "/history/cleanup?immediatelyDue=true", c -> "{}",
                    Expect.refused(DENIED));
        }
    }

    private void identityAndComments() {
        for (Stage s : Stage.values()) {
            List<Door> doors = s == Stage.COMMUNE_REVIEW ? List.of(Door.BASIC, Door.WEBAPP) : List.of(Door.BASIC);
            for (Door d : doors) {
                engine(AUDITOR, d, s.taskKey + ": auditor adds a comment", s, "POST", c -> "/task/" + c.task(s) + "/comment/create",
                        c -> "{\"message\":\"Thanh tra ghi chú\"}", Expect.refused(DENIED));
                add(AUDITOR, d, s.taskKey + ": auditor adds an attachment", s, c -> {
                    AttackHttp.Multipart m = AttackHttp.multipart(Map.of("attachment-name", "ghi-chu", "attachment-type", "text/plain",
                            "url", "https://trang-la.example/x"));
                    String path = "/task/" + c.task(s) + "/attachment/create";
                    return d == Door.BASIC ? c.http().basic(AUDITOR, "POST", path, m.contentType(), m.body())
                            : c.http().webapp(AUDITOR, "POST", path, m.contentType(), m.body());
                }, Expect.refused(DENIED));
            }
        }
        for (String u : NON_ADMINS) {
            String target = u.equals(COMMUNE) ? OTHER_COMMUNE : COMMUNE;
            engine(u, Door.BASIC, "POST identity/verify (password oracle) for admin", null, "POST", c -> "/identity/verify",
                    c -> "{\"username\":\"admin\",\"password\":\"demo\"}", Expect.refused(DENIED));
            engine(u, Door.BASIC, "PUT user/admin/credentials", null, "PUT", c -> "/user/admin/credentials",
                    c -> "{\"password\":\"Gian#2026x\",\"authenticatedUserPassword\":\"demo\"}", Expect.refused(OTHER_USER));
            engine(u, Door.BASIC, "PUT user/" + target + "/credentials", null, "PUT", c -> "/user/" + target + "/credentials",
                    c -> "{\"password\":\"Gian#2026x\",\"authenticatedUserPassword\":\"demo\"}", Expect.refused(OTHER_USER));
            engine(u, Door.BASIC, "PUT user/" + target + "/profile", null, "PUT", c -> "/user/" + target + "/profile",
                    c -> "{\"id\":\"" + target + "\",\"firstName\":\"Gian\",\"lastName\":\"Lận\",\"email\":\"gian@trang-la.example\"}",
                    Expect.refused(OTHER_USER));
            engine(u, Door.BASIC, "POST user/create", null, "POST", c -> "/user/create",
                    c -> "{\"profile\":{\"id\":\"ke.gian." + u.replace('.', '-') + "\",\"firstName\":\"Kẻ\",\"lastName\":\"Gian\"},"
                            + "\"credentials\":{\"password\":\"Gian#2026x\"}}", Expect.refused(DENIED));
            engine(u, Door.BASIC, "PUT group/camunda-admin/members/self", null, "PUT", c -> "/group/camunda-admin/members/" + u, null,
                    Expect.refused(DENIED));
            engine(u, Door.BASIC, "POST authorization/create (ALL on everything for self)", null, "POST", c -> "/authorization/create",
                    c -> "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + u + "\",\"resourceType\":8,\"resourceId\":\"*\"}",
                    Expect.refused(DENIED));
        }
        engine(AUDITOR, Door.WEBAPP, "POST identity/verify (password oracle) for tinh.chutich", null, "POST", c -> "/identity/verify",
                c -> "{\"username\":\"tinh.chutich\",\"password\":\"demo\"}", Expect.refused(DENIED));
    }

    private void deployments() {
        for (String u : NON_ADMINS) {
            add(u, Door.BASIC, "multipart deployment/create", null, c -> {
                AttackHttp.Multipart m = AttackHttp.multipart(Map.of("deployment-name", "bay", "bay.bpmn|bay.bpmn", utf8(TRAP_BPMN)));
                return c.http().basic(u, "POST", "/deployment/create", m.contentType(), m.body());
            }, Expect.refused(DENIED));
            add(u, Door.API, "POST /api/admin/flows/deploy", null,
                    c -> c.http().api(u, "POST", "/api/admin/flows/deploy", "application/json", utf8("")), Expect.refused(DENIED));
            // Migration of running nominations to another process version: administrators only (workflow.migration).
            add(u, Door.API, "GET /api/admin/migrations/processes", null,
                    c -> c.http().api(u, "GET", "/api/admin/migrations/processes", null, null), Expect.refused(DENIED));
            add(u, Door.API, "POST /api/admin/migrations/preview", null,
                    c -> c.http().api(u, "POST", "/api/admin/migrations/preview", "application/json",
                            utf8("{\"sourceDefinitionId\":\"x\",\"targetDefinitionId\":\"y\"}")), Expect.refused(DENIED));
            add(u, Door.API, "POST /api/admin/migrations (migrate all)", null,
                    c -> c.http().api(u, "POST", "/api/admin/migrations", "application/json",
                            utf8("{\"sourceDefinitionId\":\"x\",\"targetDefinitionId\":\"y\",\"all\":true}")), Expect.refused(DENIED));
        }
    }

    // 6. Bad input is a clear 4xx, never a 500.

    private void badInput() {
        for (String ch : List.of("\u0000", "\u0007", "\u001b")) {
            String name = "U+" + String.format("%04X", (int) ch.charAt(0));
            add(COMMUNE, Door.API, "POST /api/nominations with " + name + " in nomineeName", null,
                    c -> c.http().api(COMMUNE, "POST", "/api/nominations", "application/json",
                            utf8(Fixtures.dossierJson("Lò Văn" + ch + "Giả", Fixtures.nextIdNumber()))), Expect.refused(400));
            Map<String, Object> start = Fixtures.startForm("Lò Văn" + ch + "Giả", "000000000005");
            engine(COMMUNE, Door.BASIC, "process-definition/key/nomination/start with " + name + " in nomineeName", null, "POST",
                    c -> "/process-definition/key/nomination/start", c -> "{\"variables\":" + Json.variables(start) + "}", Expect.refused(400));
            Map<String, Object> review = Fixtures.review("Đồng ý" + ch);
            engine(COMMUNE, Door.BASIC, "communeReview complete with " + name + " in comment", Stage.COMMUNE_REVIEW, "POST",
                    c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/complete", c -> completion(review), Expect.refused(400));
            engine(COMMUNE, Door.FORM, "communeReview submit-form with " + name + " in comment", Stage.COMMUNE_REVIEW, "POST",
                    c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/submit-form", c -> completion(review), Expect.refused(400));
        }
        Map<String, Object> invalid = Fixtures.startForm("Lò Văn Thiếu", "000000000006");
        invalid.remove("achievements");
        invalid.put("awardKindCode", "KHONG_CO");
        for (Door d : List.of(Door.BASIC, Door.WEBAPP, Door.FORM)) {
            String op = d == Door.FORM ? "submit-form" : "start";
            engine(COMMUNE, d, "invalid dossier (unknown award kind, no achievements) via " + op, null, "POST",
                    c -> "/process-definition/key/nomination/" + op, c -> "{\"variables\":" + Json.variables(invalid) + "}", Expect.refused(400));
        }
        add("(no password)", Door.RAW, "account without a password: /engine-rest/task", null,
                c -> c.http().withPassword(c.passwordlessUser(), "", "GET", "/engine-rest/task"), Expect.refused(401),
                "count:login_throttle");
        add("(no password)", Door.RAW, "account without a password: /api/units", null,
                c -> c.http().withPassword(c.passwordlessUser(), "bat-ky", "GET", "/api/units"), Expect.refused(401),
                "count:login_throttle");
        for (String path : List.of("/camunda/api/engine/engine/default/task/../../../../../engine-rest/process-instance",
                "/camunda/api/engine/engine/default/task/..%2F..%2Fprocess-instance",
                "/camunda/api/cockpit/plugin/%2e%2e/%2e%2e/engine/engine/default/task",
                "/camunda/api/engine/engine/default/..;/..;/..;/engine-rest/task",
                "/camunda/api/engine/engine/%2e%2e/task")) {
            add(COMMUNE, Door.RAW, "GET " + path, null, c -> c.http().withSession(COMMUNE, "GET", path), Expect.refused(400, 401, 403, 404));
        }
    }

    // Control rows: the right user doing the right thing succeeds, through the doors the product offers.

    static List<Row> controls(org.springframework.jdbc.core.JdbcTemplate jdbc, org.camunda.bpm.engine.TaskService tasks) {
        AttackRows t = new AttackRows();
        t.next = 901;
        Predicate<Context> always = c -> true;
        t.add(COMMUNE, Door.API, "files a dossier on /api", null,
                c -> c.http().api(COMMUNE, "POST", "/api/nominations", "application/json", utf8(Fixtures.dossierJson("Lò Văn Thật", Fixtures.nextIdNumber()))),
                Expect.succeeds(c -> jdbc.queryForObject("select count(*) from nomination where nominee_name = 'Lò Văn Thật' and unit_code = 'pusamcap' "
                        + "and created_by = 'xa.pusamcap'", Long.class) == 1));
        Map<String, Object> start = Fixtures.startForm("Lò Văn Biểu Mẫu", Fixtures.nextIdNumber());
        t.engine(COMMUNE, Door.FORM, "files a dossier with Tasklist's start form", null, "POST",
                c -> "/process-definition/key/nomination/submit-form", c -> "{\"variables\":" + Json.variables(start) + "}",
                Expect.succeeds(c -> jdbc.queryForObject("select count(*) from nomination where nominee_name = 'Lò Văn Biểu Mẫu' and unit_code = 'pusamcap' "
                        + "and created_by = 'xa.pusamcap'", Long.class) == 1));
        t.engine(COMMUNE, Door.FORM, "communeReview: approves in Tasklist", Stage.COMMUNE_REVIEW, "POST",
                c -> "/task/" + c.task(Stage.COMMUNE_REVIEW) + "/submit-form", c -> completion(Fixtures.review("Đủ điều kiện")),
                Expect.succeeds(c -> openTasks(tasks, c, Stage.COMMUNE_REVIEW, "districtReview") == 1));
        t.engine(DISTRICT, Door.BASIC, "districtReview: approves on /engine-rest", Stage.DISTRICT_REVIEW, "POST",
                c -> "/task/" + c.task(Stage.DISTRICT_REVIEW) + "/complete", c -> completion(Fixtures.review("Đồng ý")),
                Expect.succeeds(c -> openTasks(tasks, c, Stage.DISTRICT_REVIEW, "councilVote") == 5));
        t.add(MEMBER, Door.API, "councilVote: casts own ballot on /api/council/ballots", Stage.COUNCIL_VOTE,
                c -> c.http().api(MEMBER, "POST", "/api/council/ballots/" + c.task(Stage.COUNCIL_VOTE), "application/json", utf8("{\"vote\":\"yes\"}")),
                Expect.succeeds(always));
        t.engine(MEMBER, Door.FORM, "councilVote: completes own vote task in Tasklist", Stage.COUNCIL_VOTE, "POST",
                c -> "/task/" + c.task(Stage.COUNCIL_VOTE) + "/submit-form", c -> "{\"variables\":{}}",
                Expect.succeeds(c -> openTasks(tasks, c, Stage.COUNCIL_VOTE, "councilVote") == 4));
        // The secretary marks a member absent (with the paper's reference) before recording their written ballot.
        t.add(SECRETARY, Door.API, "secretary marks hd.sinho.5 absent (POST /api/council/meetings/{taskId}/absences)", Stage.COUNCIL_VOTE,
                c -> c.http().api(SECRETARY, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/absences", "application/json",
                        utf8("{\"member\":\"hd.sinho.5\",\"reference\":\"Giấy báo vắng số 05/GBV-HĐTĐKT\"}")), Expect.succeeds(always));
        t.add(SECRETARY, Door.API, "secretary records the written ballot of absent hd.sinho.5", Stage.COUNCIL_VOTE,
                c -> c.http().api(SECRETARY, "POST", "/api/council/meetings/" + c.fixtures().secretaryTask() + "/written-ballots", "application/json",
                        utf8("{\"member\":\"hd.sinho.5\",\"vote\":\"yes\",\"paperReference\":\"05/PBVB-HĐTĐKT\"}")),
                Expect.succeeds(c -> tasks.createTaskQuery().processInstanceId(c.instance(Stage.COUNCIL_VOTE)).taskAssignee("hd.sinho.5").count() == 0));
        t.engine(APPRAISER, Door.BASIC, "provincialAppraisal: approves", Stage.APPRAISAL, "POST",
                c -> "/task/" + c.task(Stage.APPRAISAL) + "/complete", c -> completion(Fixtures.review("Hồ sơ đầy đủ")),
                Expect.succeeds(c -> openTasks(tasks, c, Stage.APPRAISAL, "decision") == 1));
        t.engine(CHAIRMAN, Door.FORM, "decision: signs in Tasklist", Stage.DECISION, "POST",
                c -> "/task/" + c.task(Stage.DECISION) + "/submit-form", c -> completion(Fixtures.decisionAnswer()),
                Expect.succeeds(c -> "AWARDED".equals(jdbc.queryForObject("select status from nomination where code = ?", String.class,
                        c.fixtures().code(Stage.DECISION)))));
        t.engine(AUDITOR, Door.BASIC, "reads the task list", null, "GET", c -> "/task", null, Expect.succeeds(always));
        t.add(AUDITOR, Door.API, "reads the audit chain verification", null, c -> c.http().api(AUDITOR, "GET", "/api/audit/verify", null, null),
                Expect.succeeds(always));
        t.engine(ADMIN, Door.BASIC, "identity/verify", null, "POST", c -> "/identity/verify", c -> "{\"username\":\"tinh.chutich\",\"password\":\"demo\"}",
                Expect.succeeds(always));
        t.engine(ADMIN, Door.WEBAPP, "history cleanup job: set retries", null, "PUT", c -> "/job/" + c.cleanupJobId() + "/retries",
                c -> "{\"retries\":3}", Expect.succeeds(always));
        return t.rows;
    }

    /** Open tasks with {@code key} on the stage's nomination. */
    static long openTasks(org.camunda.bpm.engine.TaskService tasks, Context c, Stage s, String key) {
        return tasks.createTaskQuery().processInstanceId(c.instance(s)).taskDefinitionKey(key).count();
    }
}
