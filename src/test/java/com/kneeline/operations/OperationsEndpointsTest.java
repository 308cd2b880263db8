package com.kneeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a load balancer, an operator and a metrics scraper see on the management port, and that the public port
 * does not serve any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessReportsTheDatabaseAndTheContentPackAndLivenessIsUp() throws Exception {
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ready.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("contentPack").path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("contentPack").path("details").path("exercises").asInt())
                .isPositive();

        assertThat(json.readTree(get(managementPort, "/actuator/health/liveness").body()).path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void infoNamesTheAppVersionAndTheContentPackVersion() throws Exception {
        JsonNode info = json.readTree(get(managementPort, "/actuator/info").body());
        assertThat(info.path("build").path("version").asString()).isNotBlank();
        assertThat(info.path("contentPack").path("version").asString()).isNotBlank();
    }

    @Test
    void prometheusHasRequestPercentilesWithVaadinRequestsNamed() throws Exception {
        get(port, "/login");
        get(port, "/?v-r=heartbeat");
        String metrics = get(managementPort, "/actuator/prometheus").body();
        assertThat(metrics).containsPattern(
                "http_server_requests_seconds\\{(?=[^}]*uri=\"/vaadin/heartbeat\")(?=[^}]*quantile=\"0.95\")");
        assertThat(metrics).containsPattern("http_server_requests_seconds\\{(?=[^}]*quantile=\"0.5\")");
    }

    @Test
    void thePublicPortServesNoManagementEndpoint() throws Exception {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.body()).doesNotContain("\"status\"");
        HttpResponse<String> metrics = get(port, "/actuator/prometheus");
        assertThat(metrics.body()).doesNotContain("http_server_requests");
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
