package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** What operators and API clients rely on: health, metrics and the OpenAPI description. */
@IntegrationTest
class OperationsTests {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @Test
  void should_report_health_to_anyone() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  @Test
  void should_tell_administrators_which_node_answered_and_its_database_role() throws Exception {
    mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.node.status").value("UP"))
        .andExpect(jsonPath("$.components.node.details.node").isNotEmpty())
        .andExpect(jsonPath("$.components.node.details.database").value("PRIMARY"));
  }

  @Test
  void should_show_metrics_to_administrators_and_auditors_only() throws Exception {
    mvc.perform(get("/actuator/metrics/openv2v.case.events").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/actuator/metrics").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk());
    mvc.perform(get("/actuator/metrics").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isForbidden());
  }

  @Test
  void should_describe_every_endpoint_in_openapi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/cases")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/events")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/cases/{id}/timeline")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/sites")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/products/{code}")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/audit/reads")))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
  }

  @Test
  void should_answer_api_mistakes_with_problem_documents() throws Exception {
    assertProblem("GET", "/api/v1/nothing-here", 404);
    assertProblem("DELETE", "/api/v1/sites/KR-SNUH", 405);
    assertProblem("GET", "/api/v1/cases//timeline", 400);
    assertProblem("GET", "/api/v1/cases/%2e%2e/timeline", 400);
  }

  private void assertProblem(String method, String path, int status) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Authorization", "Basic YWRtaW46YWRtaW4=")
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status).doesNotContain("trace");
  }
}
