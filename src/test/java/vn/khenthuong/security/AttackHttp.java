package vn.khenthuong.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP as the attackers send it, through each door: HTTP Basic, the browser session cookie alone (as a foreign
 * page would make the browser send it), the webapps' session with their CSRF token, our /api.
 */
final class AttackHttp {

    static final String PASSWORD = "demo";
    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    static final String FOREIGN_ORIGIN = "https://trang-la.example";

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String excerpt() {
            String b = body == null ? "" : body.replaceAll("\\s+", " ");
            return b.length() > 220 ? b.substring(0, 220) + "…" : b;
        }
    }

    /** A signed-in browser: the session cookie and the webapps' CSRF token of that session. */
    record Session(String id, String xsrf) {
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    AttackHttp(int port) {
        this.port = port;
    }

    // --- doors ---

    /** /engine-rest with HTTP Basic. */
    Response basic(String user, String method, String enginePath, String contentType, byte[] body) {
        return send(request(ENGINE_REST + enginePath, method, contentType, body).header("Authorization", basicHeader(user, PASSWORD)));
    }

    /** /engine-rest with the browser session cookie only, sent from a foreign page (a cross-site request). */
    Response cookieOnly(String user, String method, String enginePath, String contentType, byte[] body) {
        return crossSite(user, method, ENGINE_REST + enginePath, contentType, body);
    }

    /** Any path with the browser session cookie only, from a foreign page, without a CSRF token. */
    Response crossSite(String user, String method, String path, String contentType, byte[] body) {
        return send(request(path, method, contentType, body)
                .header("Cookie", "JSESSIONID=" + session(user).id())
                .header("Origin", FOREIGN_ORIGIN)
                .header("Referer", FOREIGN_ORIGIN + "/bay.html"));
    }

    /** The webapps' own engine API, as Tasklist and Cockpit call it: session cookie and their CSRF header. */
    Response webapp(String user, String method, String enginePath, String contentType, byte[] body) {
        Session s = session(user);
        return send(request(WEBAPP_ENGINE + enginePath, method, contentType, body)
                .header("Cookie", "JSESSIONID=" + s.id() + "; XSRF-TOKEN=" + s.xsrf())
                .header("X-XSRF-TOKEN", s.xsrf()));
    }

    /** Our /api with HTTP Basic. */
    Response api(String user, String method, String path, String contentType, byte[] body) {
        return send(request(path, method, contentType, body).header("Authorization", basicHeader(user, PASSWORD)));
    }

    /** Any path with HTTP Basic and the given password. */
    Response withPassword(String user, String password, String method, String path) {
        return send(request(path, method, null, null).header("Authorization", basicHeader(user, password)));
    }

    /** Any path with the user's webapp session (cookie and CSRF header). */
    Response withSession(String user, String method, String path) {
        Session s = session(user);
        return send(request(path, method, null, null)
                .header("Cookie", "JSESSIONID=" + s.id() + "; XSRF-TOKEN=" + s.xsrf())
                .header("X-XSRF-TOKEN", s.xsrf()));
    }

    // --- sessions ---

    /** Signs in once through our login page, then opens Tasklist, which hands the webapps their CSRF token. */
    Session session(String user) {
        return sessions.computeIfAbsent(user, this::signIn);
    }

    void forgetSessions() {
        sessions.clear();
    }

    private Session signIn(String user) {
        Response page = send(request("/login", "GET", null, null));
        String csrf = cookie(page, "KT-XSRF-TOKEN");
        String anonymous = cookie(page, "JSESSIONID");
        String form = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf == null ? "" : csrf);
        Response login = send(request("/login", "POST", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8))
                .header("Cookie", "KT-XSRF-TOKEN=" + csrf + (anonymous == null ? "" : "; JSESSIONID=" + anonymous)));
        String session = cookie(login, "JSESSIONID");
        if (login.status() != 302 || session == null) {
            throw new IllegalStateException("Could not sign in as " + user + ": " + login.status() + " " + login.excerpt());
        }
        Response tasklist = send(request("/camunda/app/tasklist/default/", "GET", null, null).header("Cookie", "JSESSIONID=" + session));
        String xsrf = cookie(tasklist, "XSRF-TOKEN");
        if (xsrf == null) {
            xsrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElse(null);
        }
        if (xsrf == null) {
            // The webapps hand their token out on any of their API calls asked with "Fetch".
            Response who = send(request("/camunda/api/admin/auth/user/default", "GET", null, null)
                    .header("Cookie", "JSESSIONID=" + session).header("X-XSRF-TOKEN", "Fetch"));
            xsrf = who.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new IllegalStateException("No webapp CSRF token for " + user));
        }
        return new Session(session, xsrf);
    }

    // --- plumbing ---

    HttpRequest.Builder request(String path, String method, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return b.method(method, publisher);
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String cookie(Response response, String name) {
        Pattern pattern = Pattern.compile("^" + Pattern.quote(name) + "=([^;]*)");
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = pattern.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body; a value that is a byte[] becomes a file part named after the key. */
    static Multipart multipart(Map<String, Object> parts) {
        String boundary = "----tancong" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, Object> p : new LinkedHashMap<>(parts).entrySet()) {
                out.write(utf8("--" + boundary + "\r\n"));
                if (p.getValue() instanceof byte[] bytes) {
                    String file = p.getKey().contains("|") ? p.getKey().substring(p.getKey().indexOf('|') + 1) : p.getKey();
                    String name = p.getKey().contains("|") ? p.getKey().substring(0, p.getKey().indexOf('|')) : p.getKey();
                    out.write(utf8("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file + "\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n"));
                    out.write(bytes);
                    out.write(utf8("\r\n"));
                } else {
                    out.write(utf8("Content-Disposition: form-data; name=\"" + p.getKey() + "\"\r\n\r\n" + p.getValue() + "\r\n"));
                }
            }
            out.write(utf8("--" + boundary + "--\r\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    record Multipart(String contentType, byte[] body) {
    }
}
