package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Through the real servlet container: its multipart limit answers 413 as a problem detail, not an HTML error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitTest {

    @Autowired TestRestTemplate rest;
    @Autowired Nominations nominations;

    @Test
    void aFileOverTheMultipartLimitIsAProblemDetail413() {
        String code = nominations.register(Dossiers.individual(), "xa.pusamcap").code();
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("kind", "SCAN");
        form.add("file", new ByteArrayResource(big) {
            @Override
            public String getFilename() {
                return "lon.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<String> response = rest.withBasicAuth("xa.pusamcap", "demo")
                .postForEntity("/api/nominations/" + code + "/documents", new HttpEntity<>(form, headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("Tệp quá lớn").contains("detailEn");
    }
}
