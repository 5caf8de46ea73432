package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.khenthuong.council.Ballots;
import vn.khenthuong.nomination.NominationWorkflow;
import vn.khenthuong.work.WaitingDossiers;
import vn.khenthuong.workflow.tasklist.FilterCountSwitch;

/**
 * Tasklist's pages as Tasklist asks them (issue 21): {@code POST /filter/{id}/list} and {@code /count} with its sorting
 * and search in the body, HAL, through /engine-rest and through the webapps' own engine API — answered by grants
 * (workflow.tasklist.FilterCounts) with exactly the bytes Camunda's authorization join answers; another unit's
 * official is refused the board's filter both ways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistPagesTest {

    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /** Tasklist's bodies: its default sorting; a search on the nominee with a due-date sort; a sort on a process variable. */
    static final List<String> BODIES = List.of(
            "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"orQueries\":[],"
                    + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"},{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}],\"active\":true}",
            "{\"processVariables\":[{\"name\":\"nomineeName\",\"operator\":\"like\",\"value\":\"%Lò Văn%\"}],\"taskVariables\":[],"
                    + "\"caseInstanceVariables\":[],\"orQueries\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}]}",
            "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"orQueries\":[{\"nameLike\":\"%thẩm%\",\"processInstanceBusinessKeyLike\":\"%LC-%\"}],"
                    + "\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"nomineeName\",\"type\":\"String\"}},"
                    + "{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}]}");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired NominationWorkflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ballots ballots;

    @AfterEach
    void switchBackOn() {
        FilterCountSwitch.enable(context, true);
        jdbc.update("DELETE FROM login_throttle");
    }

    String boardFilter() {
        identityService.setAuthentication("tinh.thamdinh", List.of(Roles.group(Roles.APPRAISER, "laichau")));
        try {
            return filterService.createTaskFilterQuery().list().stream().filter(f -> "appraiser".equals(f.getProperties().get("role")))
                    .map(Filter::getId).findFirst().orElseThrow();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Status and body of each page and count, through both doors. */
    List<String> pages(Web web, Web.Browser browser, String user, String filter) throws Exception {
        List<String> answers = new ArrayList<>();
        for (String body : BODIES) {
            for (String path : List.of("/filter/" + filter + "/list?firstResult=0&maxResults=15", "/filter/" + filter + "/list?firstResult=2&maxResults=2",
                    "/filter/" + filter + "/count")) {
                // Tasklist asks its pages as HAL, its counts as plain JSON.
                String accept = path.endsWith("/count") ? "application/json" : "application/hal+json";
                HttpResponse<String> rest = web.send(Web.basic(web.json("POST", "/engine-rest" + path, body), user, "demo")
                        .setHeader("Accept", accept));
                answers.add(rest.statusCode() + " " + rest.body());
                HttpResponse<String> webapp = web.send(web.inWebapp(web.json("POST", WEBAPP_ENGINE + path, body), browser)
                        .setHeader("Accept", accept));
                answers.add(webapp.statusCode() + " " + webapp.body());
            }
        }
        return answers;
    }

    @Test
    void theBoardsPagesAreCamundasOwnThroughBothDoors() throws Exception {
        WaitingDossiers dossiers = new WaitingDossiers(runtimeService, taskService, identityService, workflow, jdbc, ballots);
        String claimed = dossiers.atAppraisal("Lò Văn Bảy");
        dossiers.atAppraisal("Lò Văn Tám");
        dossiers.atAppraisal("Lò Văn Chín");
        dossiers.atAppraisal("Tao Thị Mười");
        String claimedTask = dossiers.taskId(claimed, "provincialAppraisal");
        taskService.setAssignee(claimedTask, "tinh.thamdinh");
        Web web = new Web(port);
        String filter = boardFilter();
        Web.Browser browser = web.webapp("tinh.thamdinh", "demo");
        List<String> byGrants = pages(web, browser, "tinh.thamdinh", filter);
        FilterCountSwitch.enable(context, false);
        List<String> camunda = pages(web, browser, "tinh.thamdinh", filter);
        assertThat(byGrants).isEqualTo(camunda);
        assertThat(byGrants).allSatisfy(a -> assertThat(a).startsWith("200 "));
        assertThat(byGrants.get(0)).as("the first page holds the board's tasks").contains(claimedTask).contains("\"_embedded\"");
    }

    @Test
    void anotherUnitsOfficialIsRefusedTheBoardsFilterBothWays() throws Exception {
        Web web = new Web(port);
        String filter = boardFilter();
        Web.Browser browser = web.webapp("xa.pusamcap", "demo");
        for (boolean byGrants : new boolean[] {true, false}) {
            FilterCountSwitch.enable(context, byGrants);
            assertThat(pages(web, browser, "xa.pusamcap", filter)).allSatisfy(a -> assertThat(a).matches("(?s)(403|404) .*"));
        }
    }
}
