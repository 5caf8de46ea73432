package vn.khenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a reverse proxy (KHENTHUONG_FORWARD_HEADERS=native) the per-address limit counts each client from the
 * proxy's X-Forwarded-For: one guesser is paused, other clients behind the same proxy still sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class LoginThrottleBehindProxyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void oneClientsFailuresDoNotPauseTheOthersBehindTheSameProxy() throws Exception {
        Web web = new Web(port);
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            assertThat(web.send(Web.basic(web.get("/api/units"), "khong.co." + i, "sai")
                    .header("X-Forwarded-For", "203.0.113.7")).statusCode()).isEqualTo(401);
        }
        assertThat(web.send(Web.basic(web.get("/api/units"), "thanhtra", "demo")
                .header("X-Forwarded-For", "203.0.113.7")).statusCode()).isEqualTo(429);
        assertThat(web.send(Web.basic(web.get("/api/units"), "thanhtra", "demo")
                .header("X-Forwarded-For", "198.51.100.20")).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT failures FROM login_throttle WHERE throttle_key = ?", Integer.class,
                LoginThrottle.addressKey("203.0.113.7"))).isEqualTo(LoginThrottle.ADDRESS_LIMIT);
    }
}
