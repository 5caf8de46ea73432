package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What ho-so.html does in a browser, over real HTTP: signed in by the login form (session), it reads the
 * dossier and uploads with the X-XSRF-TOKEN header taken from the KT-XSRF-TOKEN cookie; without it the upload is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DossierPageSessionTest {

    static final String CSRF_COOKIE = "KT-XSRF-TOKEN";

    @LocalServerPort int port;
    @Autowired Nominations nominations;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDossierPageReadsAndUploadsInTheSessionWithTheCsrfHeader() throws Exception {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(uri("/login")).GET());
        String csrf = cookie(loginPage, CSRF_COOKIE);
        String anonymous = cookie(loginPage, "JSESSIONID");
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", CSRF_COOKIE + "=" + csrf + (anonymous == null ? "" : "; JSESSIONID=" + anonymous))
                .POST(HttpRequest.BodyPublishers.ofString("username=xa.pusamcap&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        String session = cookie(login, "JSESSIONID");
        assertThat(session).isNotNull();

        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/ho-so.html?code=" + code)).header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hồ sơ đề nghị khen thưởng");
        HttpResponse<String> dossier = send(HttpRequest.newBuilder(uri("/api/nominations/" + code)).header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).contains("\"canUpload\":true");
        String token = cookie(dossier, CSRF_COOKIE);
        assertThat(token).isNotNull();

        String boundary = "----ho-so";
        byte[] body = multipart(boundary, "PROPOSAL_LETTER", "Tờ trình.pdf", "%PDF-1.4 tờ trình".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder upload = HttpRequest.newBuilder(uri("/api/nominations/" + code + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));

        HttpResponse<String> withoutToken = send(upload.copy().header("Cookie", "JSESSIONID=" + session));
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> withToken = send(upload.copy().header("Cookie", "JSESSIONID=" + session + "; " + CSRF_COOKIE + "=" + token)
                .header("X-XSRF-TOKEN", token));
        assertThat(withToken.statusCode()).isEqualTo(201);
        assertThat(withToken.body()).contains("\"fileName\":\"Tờ trình.pdf\"").contains("\"version\":1");
    }

    static byte[] multipart(String boundary, String kind, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<?> response, String name) {
        Pattern pattern = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)");
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = pattern.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
