package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A database outage fails fast and reports itself (issue 20, point 4): with the application's own PostgreSQL stopped,
 * readiness is DOWN (the load balancer stops sending requests), liveness stays UP (no restart of every node), a
 * request answers 503 with a Vietnamese problem detail within a few seconds, and all is well again once the database
 * is back, without a restart. Its own embedded server, on a fixed port and data directory, so that it can be stopped
 * and started again under the running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "khenthuong.test.context=outage")
@ActiveProfiles("test")
@ContextConfiguration(initializers = DatabaseOutagePostgresTest.OwnServer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutagePostgresTest {

    static Path dataDirectory;
    static int databasePort;
    static EmbeddedPostgres server;

    static EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90)).start();
    }

    static class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                try (ServerSocket socket = new ServerSocket(0)) {
                    databasePort = socket.getLocalPort(); // a free port, released before PostgreSQL binds it
                }
                dataDirectory = Files.createTempDirectory("kt-outage");
                server = startServer();
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE kt_outage ENCODING 'UTF8'");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            TestPropertyValues.of("spring.datasource.url=" + server.getJdbcUrl("postgres", "kt_outage"), "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres", "spring.datasource.driver-class-name=org.postgresql.Driver").applyTo(context.getEnvironment());
        }
    }

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)").matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Signs in through the login page before the outage: the session lives in the node's memory. */
    String session(String user) throws Exception {
        HttpResponse<String> page = get("/login", null);
        String csrf = cookie(page, "KT-XSRF-TOKEN");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "KT-XSRF-TOKEN=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return "JSESSIONID=" + cookie(login, "JSESSIONID");
    }

    @Test
    void anOutageTurnsReadinessDownAnswers503FastAndRecoversWithoutARestart() throws Exception {
        String auditor = session("thanhtra");
        HttpResponse<String> ready = get("/actuator/health/readiness", null);
        assertThat(ready.statusCode()).as(ready::body).isEqualTo(200);
        assertThat(get("/api/awards", auditor).statusCode()).isEqualTo(200);

        server.close();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> down = get("/actuator/health/readiness", null);
            long readinessMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(down.statusCode()).as(down::body).isEqualTo(503);
            assertThat(json.readTree(down.body()).get("status").asText()).isEqualTo("DOWN");
            HttpResponse<String> alive = get("/actuator/health/liveness", null);
            assertThat(alive.statusCode()).as(alive::body).isEqualTo(200);

            t0 = System.nanoTime();
            HttpResponse<String> request = get("/api/awards", auditor);
            long requestMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(request.statusCode()).as(request::body).isEqualTo(503);
            assertThat(request.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(request.body());
            assertThat(problem.get("detail").asText()).contains("Cơ sở dữ liệu tạm thời không truy cập được");
            assertThat(problem.get("detailEn").asText()).contains("database is temporarily unavailable");
            assertThat(requestMillis).isLessThan(10_000);
            assertThat(readinessMillis).isLessThan(10_000);

            // The engine's REST API (Modeler, scripts; HTTP Basic on every request) answers the same way.
            t0 = System.nanoTime();
            HttpResponse<String> engine = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task?maxResults=1"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("thanhtra:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long engineMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(engine.statusCode()).as(engine::body).isEqualTo(503);
            assertThat(engine.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode engineProblem = json.readTree(engine.body());
            assertThat(engineProblem.get("detail").asText()).contains("Cơ sở dữ liệu tạm thời không truy cập được");
            assertThat(engineProblem.get("detailEn").asText()).contains("database is temporarily unavailable");
            assertThat(engineMillis).isLessThan(10_000);
            System.out.printf("Database outage: readiness DOWN in %d ms, /api answered 503 in %d ms, /engine-rest 503 in %d ms, liveness UP%n",
                    readinessMillis, requestMillis, engineMillis);
        } finally {
            server = startServer();
        }

        // Back without a restart: readiness UP again and the same session works.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = get("/actuator/health/readiness", null).statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).isEqualTo(200);
        assertThat(get("/api/awards", auditor).statusCode()).isEqualTo(200);
    }
}
