package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start dialog of a new nomination (issue 17, point 2): a refusal is a 400 with one Vietnamese message per
 * field, named by field so that the form puts it under that field; the log gets one WARN line and no stack trace;
 * the list of award kinds holds only kinds in force; the form marks what the server requires and shows the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StartFormRefusalTest {

    static final String OFFICIAL = "xa.pusamcap";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    static String s(String name, String value) {
        return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    /** An individual without birth year and position, as the start form sends it through our API. */
    static final String WITHOUT_BIRTH_YEAR_AND_POSITION = "{\"awardKindCode\":\"BK_TINH\",\"procedureKind\":\"PERIODIC\",\"year\":2025,"
            + "\"nomineeKind\":\"INDIVIDUAL\",\"nomineeName\":\"Giàng A Chứ\",\"nomineeIdNumber\":\"012345678977\",\"nomineeBirthYear\":null,"
            + "\"nomineePosition\":null,\"achievements\":\"Vận động làm 3 km đường bê tông\"}";

    @Test
    void aRefusedDossierIsA400WithOneVietnameseMessagePerFieldAndOneWarnLine(CapturedOutput output) throws Exception {
        Web web = new Web(port);
        int logBefore = output.getAll().length();
        HttpResponse<String> refused = web.send(Web.basic(web.json("POST", "/api/nominations", WITHOUT_BIRTH_YEAR_AND_POSITION), OFFICIAL, "demo"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("nomineeBirthYear", "nomineePosition");
        problem.get("errors").forEach(e -> assertThat(e.get("message").asText()).as("Vietnamese only")
                .startsWith("Cần").doesNotContain(" / ").doesNotContain("required"));
        assertThat(problem.get("detail").asText()).doesNotContain("Birth year").doesNotStartWith(" :");

        String log = output.getAll().substring(logBefore);
        assertThat(log.lines().filter(l -> l.contains(" WARN ")).toList()).singleElement().asString().contains("Dossier refused");
        assertThat(log).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void theEngineDoorRefusesInVietnameseOnlyToo(CapturedOutput output) throws Exception {
        Web web = new Web(port);
        int logBefore = output.getAll().length();
        HttpResponse<String> refused = web.send(Web.basic(web.json("POST", "/engine-rest/process-definition/key/nomination/submit-form",
                "{\"variables\":{" + String.join(",", s("awardKindCode", "BK_TINH"), s("procedureKind", "PERIODIC"), s("year", "2025"),
                        s("nomineeKind", "INDIVIDUAL"), s("nomineeName", "Giàng A Chứ"), s("nomineeIdNumber", "012345678978"),
                        s("achievements", "Làm đường")) + "}}"), OFFICIAL, "demo"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String message = JSON.readTree(refused.body()).get("message").asText();
        assertThat(message).isEqualTo("Hồ sơ chưa hợp lệ: Cần năm sinh của cá nhân được đề nghị; Cần chức vụ, đơn vị công tác của cá nhân");
        assertThat(output.getAll().substring(logBefore)).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void theStartFormOffersOnlyAwardKindsInForce() throws Exception {
        Web web = new Web(port);
        String inForce = web.send(Web.basic(web.get("/api/award-kinds?inForce=true"), OFFICIAL, "demo")).body();
        assertThat(inForce).contains("\"BK_TINH\"").contains("\"GK_XA\"")
                .as("the district's certificate ended with the two-tier reform of 1 July 2025").doesNotContain("\"GK_HUYEN\"");
        assertThat(web.send(Web.basic(web.get("/api/award-kinds"), OFFICIAL, "demo")).body())
                .as("the catalogue still knows it, for earlier dossiers").contains("\"GK_HUYEN\"");
        String form = Files.readString(Path.of("forms/startNomination.html"));
        assertThat(form).contains("/api/award-kinds?inForce=true").doesNotContain("value=\"GK_HUYEN\"");
    }

    /** What the browser test walks in Chromium, kept here in a form a quick test can check. */
    @Test
    void theStartFormMarksWhatTheServerRequiresAndShowsTheCode() throws Exception {
        String form = Files.readString(Path.of("forms/startNomination.html"));
        assertThat(form).containsPattern("data-required=\"INDIVIDUAL\">\\s*<label for=\"nomineeBirthYear\">")
                .containsPattern("data-required=\"INDIVIDUAL\">\\s*<label for=\"nomineePosition\">")
                .contains("kt.api('POST', '/api/nominations', dossier)")
                .contains("kt-field-error").contains("scrollIntoView").contains("kt-filed-code")
                .doesNotContain("Vui lòng nhập:");
    }
}
