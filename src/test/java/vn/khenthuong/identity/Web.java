package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real HTTP against the test server, as a browser or an API client would send it (no redirects followed). */
class Web {

    final int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Web(int port) {
        this.port = port;
    }

    String origin() {
        return "http://localhost:" + port;
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(origin() + path)).GET();
    }

    HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** A multipart body as an HTML form or Modeler sends it: one text field per pair, then one file. */
    HttpRequest.Builder multipart(String path, String fileField, String fileName, String fileContent, String... fields) {
        String boundary = "----kt" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(fileContent).append("\r\n--").append(boundary).append("--\r\n");
        return post(path, "multipart/form-data; boundary=" + boundary, body.toString());
    }

    static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts our login form; returns the response (302 to Tasklist, or back to /login?...). */
    HttpResponse<String> loginForm(String user, String password) throws Exception {
        HttpResponse<String> page = send(get("/login"));
        String csrf = cookie(page, SecurityConfig.CSRF_COOKIE);
        return send(post("/login", "application/x-www-form-urlencoded",
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
                .header("Cookie", SecurityConfig.CSRF_COOKIE + "=" + csrf));
    }

    /** Signs in through our login page; returns the session id. */
    String session(String user, String password) throws Exception {
        HttpResponse<String> response = loginForm(user, password);
        assertThat(response.statusCode()).as("login of " + user).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).as("login of " + user).doesNotContain("/login");
        return cookie(response, "JSESSIONID");
    }

    /** A signed-in browser inside the Camunda webapps: session cookie plus Camunda's CSRF token. */
    record Browser(String session, String xsrf) {
        String cookies() {
            return "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf;
        }
    }

    Browser webapp(String user, String password) throws Exception {
        String session = session(user, password);
        HttpResponse<String> tasklist = send(get("/camunda/app/tasklist/default/").header("Cookie", "JSESSIONID=" + session));
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String xsrf = cookie(tasklist, "XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();
        return new Browser(session, xsrf);
    }

    /** The request as Tasklist sends it: cookies, Camunda's token header and our own origin. */
    HttpRequest.Builder inWebapp(HttpRequest.Builder request, Browser browser) {
        return request.header("Cookie", browser.cookies()).header("X-XSRF-TOKEN", browser.xsrf()).header("Origin", origin());
    }

    static String cookie(HttpResponse<?> response, String name) {
        String header = setCookie(response, name);
        if (header == null) {
            return null;
        }
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    /** The whole Set-Cookie header for this cookie, attributes included. */
    static String setCookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header;
            }
        }
        return null;
    }
}
