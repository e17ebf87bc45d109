package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's REST API is off by default, and read-only for province administrators when enabled (item 7). */
@IntegrationTest
class CamundaRestTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    CamundaRestGate gate;

    @AfterEach
    void backToDefault() {
        gate.mode(new CamundaRestProperties(null).mode());
    }

    @Test
    void off_by_default_even_for_administrators() {
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));

        Api.Response read = admin.get("/engine-rest/process-definition");
        Api.Response write = admin.post("/engine-rest/process-definition/key/site-inspection/start", Map.of());

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.problemType()).isEqualTo("urn:energyinspect:problem:not-found");
        assertThat(write.status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(404);
    }

    @Test
    void read_only_lets_administrators_read_and_nobody_write() {
        gate.mode(new CamundaRestProperties("read-only").mode());
        Api admin = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        Api inspector = Api.as(port, users.create(Role.INSPECTOR, "330106"));

        assertThat(admin.get("/engine-rest/engine").status()).isEqualTo(200);
        assertThat(admin.get("/engine-rest/process-definition").status()).isEqualTo(200);
        Api.Response write = admin.post("/engine-rest/process-definition/key/site-inspection/start", Map.of());
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.problemType()).isEqualTo("urn:energyinspect:problem:forbidden");
        assertThat(inspector.get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(401);
    }

    @Test
    void a_setting_other_than_false_or_read_only_refuses_to_start() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CamundaRestProperties("true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("false or read-only");
    }
}
