package org.openv2v.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The identifier check as clients call it: MockMvc, and real HTTP for the URL decoding. */
@IntegrationTest
class IdentifierApiTests {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @LocalServerPort int port;

  @Test
  void should_answer_every_field_of_a_valid_din() throws Exception {
    mvc.perform(
            get("/api/v1/identifiers/din/{text}", "A9999 26 000001 8")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.din").value("A999926000001"))
        .andExpect(jsonPath("$.checkCharacter").value("8"))
        .andExpect(jsonPath("$.type3Flag").value("68"))
        .andExpect(jsonPath("$.facility").value("A9999"))
        .andExpect(jsonPath("$.year").value("26"))
        .andExpect(jsonPath("$.sequence").value("000001"))
        .andExpect(jsonPath("$.flags").value(nullValue()))
        .andExpect(jsonPath("$.reason").value(nullValue()))
        .andExpect(jsonPath("$.checked").value(true));
  }

  @Test
  void should_read_barcode_data_with_its_flags() throws Exception {
    mvc.perform(get("/api/v1/identifiers/din/=A99992600000102").with(httpBasic("nurse", "nurse")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.flags").value("02"))
        .andExpect(jsonPath("$.unit").value("PRODUCT_2"));
  }

  @Test
  void should_answer_an_invalid_text_with_200_and_the_reason() throws Exception {
    mvc.perform(
            get("/api/v1/identifiers/din/{text}", "=G12341765432171")
                .with(httpBasic("manufacturer", "manufacturer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.din").value(nullValue()))
        .andExpect(jsonPath("$.checkCharacter").value(nullValue()))
        .andExpect(jsonPath("$.type3Flag").value(nullValue()))
        .andExpect(jsonPath("$.facility").value("G1234"))
        .andExpect(jsonPath("$.flags").value("71"))
        .andExpect(jsonPath("$.reason").value(startsWith("flag mismatch")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"coordinator", "physician", "nurse", "courier", "auditor", "admin"})
  void should_let_every_signed_in_role_check(String user) throws Exception {
    mvc.perform(
            get("/api/v1/identifiers/din")
                .param("text", "G123417654321A")
                .with(httpBasic(user, user)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void should_ask_for_credentials() throws Exception {
    mvc.perform(get("/api/v1/identifiers/din/G123417654321A")).andExpect(status().isUnauthorized());
  }

  @Test
  void should_take_odd_characters_in_the_query_form() throws Exception {
    mvc.perform(
            get("/api/v1/identifiers/din")
                .param("text", "A9999 24 000004 *")
                .with(httpBasic("coordinator", "coordinator")))
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.checkCharacter").value("*"));
    mvc.perform(get("/api/v1/identifiers/din").with(httpBasic("coordinator", "coordinator")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.reason").value(startsWith("wrong length: nothing to read")));
  }

  /** Real requests through the server's own URL decoding, as a browser or curl sends them. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/identifiers/din/A9999%2026%20000001%208",
        "/api/v1/identifiers/din/A9999+26+000001+8",
        "/api/v1/identifiers/din/=A99992600000168",
        "/api/v1/identifiers/din/%3DA99992600000168",
        "/api/v1/identifiers/din/A999926000001",
        "/api/v1/identifiers/din?text=A9999+26+000001+8",
        "/api/v1/identifiers/din?text=A9999%2026%20000001%208",
        "/api/v1/identifiers/din?text=%3DA99992600000168",
      })
  void should_decode_spaces_and_the_data_identifier_over_http(String path) throws Exception {
    HttpResponse<String> response = http(path);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("valid").asBoolean()).as(response.body()).isTrue();
    assertThat(body.get("din").asString()).isEqualTo("A999926000001");
  }

  @Test
  void should_take_an_asterisk_check_character_over_http() throws Exception {
    JsonNode body = json.readTree(http("/api/v1/identifiers/din/A999924000004*").body());
    assertThat(body.get("valid").asBoolean()).isTrue();
    assertThat(body.get("checkCharacter").asString()).isEqualTo("*");
  }

  private HttpResponse<String> http(String path) throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString("nurse:nurse".getBytes(StandardCharsets.UTF_8));
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Basic " + credentials)
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
