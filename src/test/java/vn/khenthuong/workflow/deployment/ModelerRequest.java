package vn.khenthuong.workflow.deployment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request Camunda Modeler 5's Deploy dialog sends (client/src/plugins/camunda-plugin/shared/CamundaAPI.js): a
 * browser FormData POSTed to {@code <endpoint>/deployment/create} with HTTP Basic, the fields {@code deployment-name},
 * {@code deployment-source} = "Camunda Modeler", {@code deploy-changed-only} = true (no tenant), then the diagram as a
 * text/xml blob and each attached file as an untyped blob, every file under its plain file name as both the part's
 * name and its file name.
 */
final class ModelerRequest {

    private final String endpoint;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    ModelerRequest(String endpoint, String deploymentName) {
        this.endpoint = endpoint;
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
    }

    /** The diagram first, then the attachments, in the order they were added. */
    ModelerRequest file(String fileName, byte[] content) {
        files.put(fileName, content);
        return this;
    }

    ModelerRequest file(String fileName, String content) {
        return file(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String user, String password) throws Exception {
        String boundary = "----WebKitFormBoundaryModeler" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        boolean first = true;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String type = first ? "text/xml" : "application/octet-stream";
            first = false;
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            body.write(file.getValue());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("accept", "application/json")
                .header("authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
