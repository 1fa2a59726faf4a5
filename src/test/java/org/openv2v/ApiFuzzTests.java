package org.openv2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation the OpenAPI document describes, called by a role that may use it, with bodies and
 * parameters built from its schema and then spoiled: NUL characters, huge strings, huge and
 * negative numbers, out-of-range and numeric dates, malformed JSON. No answer may be a 500, and
 * every error must be an RFC 9457 problem document.
 */
@IntegrationTest
class ApiFuzzTests {

  private static final String NUL = "bad\u0000value";
  private static final String HUGE = "x".repeat(120_000);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode components;
  private String caseId;
  private String shipmentId;

  @Test
  void no_operation_answers_500_or_an_error_that_is_not_a_problem_document() throws Exception {
    JsonNode api =
        json.readTree(
            mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    components = api.path("components").path("schemas");
    caseId = openCase();
    shipmentId = bookShipment(caseId);
    List<Callable<String>> calls = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(api.get("paths"))) {
      for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
        HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
        String user = user(method, path.getKey());
        for (Spoiled attempt : attempts(path.getKey(), operation.getValue())) {
          calls.add(
              () -> {
                HttpResponse<String> response =
                    http.send(
                        attempt.request(port, method, user), HttpResponse.BodyHandlers.ofString());
                String problem = judge(response);
                return problem == null
                    ? null
                    : method + " " + attempt.url() + " [" + attempt.what() + "]: " + problem;
              });
        }
      }
    }
    // A few callers at once, as real clients are; it also keeps the suite's time down.
    ExecutorService callers = Executors.newFixedThreadPool(4);
    List<String> failures = new ArrayList<>();
    try {
      for (Future<String> outcome : callers.invokeAll(calls)) {
        if (outcome.get() != null) {
          failures.add(outcome.get());
        }
      }
    } finally {
      callers.shutdownNow();
    }
    int requests = calls.size();
    LoggerFactory.getLogger(ApiFuzzTests.class)
        .info("Fuzzed {} requests, {} unacceptable answers", requests, failures.size());
    assertThat(requests).isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  /** Null when the answer is acceptable, else what is wrong with it. */
  private static String judge(HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500) {
      return status + " " + body.substring(0, Math.min(300, body.length()));
    }
    if (status >= 400) {
      String type = response.headers().firstValue("Content-Type").orElse(null);
      if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
        return status + " with " + type + ": " + body.substring(0, Math.min(200, body.length()));
      }
    }
    return null;
  }

  // --- the spoiled requests of one operation ---

  private record Spoiled(
      String url, String what, String contentType, String body, Map<String, String> query) {

    HttpRequest request(int port, HttpMethod method, String user) {
      StringBuilder address = new StringBuilder("http://localhost:" + port + url);
      String separator = "?";
      for (Map.Entry<String, String> parameter : query.entrySet()) {
        address
            .append(separator)
            .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        separator = "&";
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(address.toString()))
              .timeout(Duration.ofSeconds(20))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
      if (body != null) {
        request.header("Content-Type", contentType);
      }
      return request
          .method(
              method.name(),
              body == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(body))
          .build();
    }
  }

  private List<Spoiled> attempts(String template, JsonNode operation) {
    List<Spoiled> attempts = new ArrayList<>();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> queryTypes = new LinkedHashMap<>();
    String url = template;
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.get("name").asString();
      JsonNode schema = resolve(parameter.path("schema"));
      if ("path".equals(parameter.path("in").asString())) {
        url = url.replace("{" + name + "}", pathValue(template, name));
      } else if ("query".equals(parameter.path("in").asString())) {
        query.put(name, sampleText(schema));
        queryTypes.put(name, schema.path("type").asString("string"));
      }
    }
    String base = url;
    // Spoiled path segments and query parameters.
    for (String segment : List.of("%00", "x".repeat(1000), "-1", "99999999999999999999")) {
      if (template.contains("{")) {
        attempts.add(
            new Spoiled(
                template.replaceAll("\\{[^}]+}", segment),
                "path " + segment.length(),
                null,
                null,
                Map.of()));
      }
    }
    for (String name : query.keySet()) {
      for (String value :
          List.of(NUL, HUGE.substring(0, 5000), "-1", "1e308", "99999999999999999999", "0")) {
        Map<String, String> spoiled = new LinkedHashMap<>(query);
        spoiled.put(name, value);
        attempts.add(
            new Spoiled(base, "query " + name + "=" + abbreviate(value), null, null, spoiled));
      }
    }
    JsonNode content = operation.path("requestBody").path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      attempts.add(new Spoiled(base, "plain", null, null, query));
      return attempts;
    }
    for (Map.Entry<String, JsonNode> type : fields(content)) {
      String contentType = type.getKey();
      if (!contentType.contains("json")) {
        for (String body : List.of(NUL, HUGE, "{", "time,temperatureCelsius\n0,\u0000\n")) {
          attempts.add(
              new Spoiled(base, contentType + " " + abbreviate(body), contentType, body, query));
        }
        continue;
      }
      JsonNode sample = sample(type.getValue().path("schema"), 0);
      attempts.add(new Spoiled(base, "malformed", contentType, "{\"a\": [1, ", query));
      attempts.add(new Spoiled(base, "not an object", contentType, "[[[[]]]]", query));
      attempts.add(new Spoiled(base, "null", contentType, "null", query));
      List<UnaryOperator<JsonNode>> spoilers =
          List.of(
              strings(NODES.stringNode(NUL)),
              strings(NODES.stringNode(HUGE)),
              strings(NODES.stringNode("")),
              numbers(NODES.numberNode(1e308)),
              numbers(NODES.numberNode(-1_000_000_000L)),
              numbers(NODES.numberNode(new java.math.BigInteger("9".repeat(40)))),
              dates(NODES.stringNode("+10000-01-01T00:00:00Z"), NODES.stringNode("+10000-01-01")),
              dates(NODES.stringNode("0001-01-01T00:00:00Z"), NODES.stringNode("0001-01-01")),
              dates(NODES.numberNode(0), NODES.numberNode(20260101)),
              dates(NODES.stringNode("2026-13-45T99:99:99Z"), NODES.stringNode("2026-02-30")),
              nulls());
      String[] names = {
        "NUL strings",
        "huge strings",
        "empty strings",
        "huge numbers",
        "negative numbers",
        "40-digit numbers",
        "year 10000",
        "year 1",
        "numeric dates",
        "impossible dates",
        "nulls"
      };
      for (int i = 0; i < spoilers.size(); i++) {
        JsonNode spoiled = spoilers.get(i).apply(sample.deepCopy());
        attempts.add(
            new Spoiled(base, names[i], contentType, json.writeValueAsString(spoiled), query));
      }
    }
    return attempts;
  }

  // --- spoilers: each rewrites every leaf of one kind in the sample ---

  private UnaryOperator<JsonNode> strings(JsonNode replacement) {
    return node -> rewrite(node, leaf -> leaf.isString() && !isDateLike(leaf) ? replacement : leaf);
  }

  private UnaryOperator<JsonNode> numbers(JsonNode replacement) {
    return node -> rewrite(node, leaf -> leaf.isNumber() ? replacement : leaf);
  }

  private UnaryOperator<JsonNode> dates(JsonNode instant, JsonNode day) {
    return node ->
        rewrite(
            node,
            leaf -> {
              if (!leaf.isString()) {
                return leaf;
              }
              String text = leaf.asString();
              if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return instant;
              }
              return text.matches("\\d{4}-\\d{2}-\\d{2}") ? day : leaf;
            });
  }

  private UnaryOperator<JsonNode> nulls() {
    return node -> rewrite(node, leaf -> NODES.nullNode());
  }

  private static boolean isDateLike(JsonNode leaf) {
    return leaf.asString().matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  private static JsonNode rewrite(JsonNode node, UnaryOperator<JsonNode> leaf) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      for (String name : names) {
        object.set(name, rewrite(object.get(name), leaf));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, rewrite(array.get(i), leaf));
      }
      return array;
    }
    return leaf.apply(node);
  }

  // --- a plausible body from the schema ---

  private JsonNode sample(JsonNode schemaOrRef, int depth) {
    JsonNode schema = resolve(schemaOrRef);
    if (depth > 6) {
      return NODES.nullNode();
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      JsonNode first =
          schema.has("oneOf") ? schema.get("oneOf").get(0) : schema.get("anyOf").get(0);
      return sample(first, depth + 1);
    }
    if (schema.has("allOf")) {
      ObjectNode merged = NODES.objectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode piece = sample(part, depth + 1);
        if (piece instanceof ObjectNode object) {
          merged.setAll(object);
        }
      }
      return merged;
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asString("");
    if (type.isEmpty() && schema.has("properties")) {
      type = "object";
    }
    return switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
          object.set(property.getKey(), sample(property.getValue(), depth + 1));
        }
        yield object;
      }
      case "array" -> NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1.5);
      case "boolean" -> NODES.booleanNode(true);
      case "string" -> NODES.stringNode(sampleText(schema));
      default -> NODES.stringNode("x");
    };
  }

  private static String sampleText(JsonNode schema) {
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asString();
    }
    return switch (schema.path("format").asString("")) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date" -> "2026-11-24";
      case "date-time" -> Instant.now().minusSeconds(60).toString();
      case "int32", "int64" -> "1";
      default ->
          switch (schema.path("type").asString("string")) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "x";
          };
    };
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      String ref = current.get("$ref").asString();
      current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  // --- who calls, and with which ids ---

  private String pathValue(String template, String name) {
    return switch (name) {
      case "code", "productCode" -> "tisa-cel";
      case "siteId" -> "KR-SNUH";
      case "unit" -> "apheresis";
      case "text" -> "A999926000001";
      case "day" -> "2030-01-07";
      case "caseId" -> caseId;
      case "id" ->
          template.startsWith("/api/v1/cases")
              ? caseId
              : template.startsWith("/api/v1/shipments")
                  ? shipmentId
                  : UUID.randomUUID().toString();
      default -> UUID.randomUUID().toString();
    };
  }

  private static String user(HttpMethod method, String path) {
    if (path.startsWith("/api/v1/sites") || path.startsWith("/api/v1/products")) {
      return method == HttpMethod.GET ? "coordinator" : "admin";
    }
    if (path.startsWith("/api/v1/capacity/slots")
        || path.startsWith("/api/v1/capacity/manufacturing-times")) {
      return "manufacturer";
    }
    if (path.startsWith("/api/v1/capacity/") && method != HttpMethod.GET) {
      return "admin";
    }
    if (path.startsWith("/api/v1/simulations") || path.startsWith("/api/v1/economics")) {
      return "planner";
    }
    if (path.startsWith("/api/v1/audit")) {
      return "auditor";
    }
    if (path.contains("bedside")
        || path.contains("assessments")
        || path.contains("lymphodepletion")
        || path.contains("pre-infusion")
        || path.contains("pharmacy")) {
      return "physician";
    }
    return "coordinator";
  }

  private String openCase() throws Exception {
    String body =
        """
        {"patient": {"name": "Fuzz Patient", "birthDate": "1966-06-06", "sex": "MALE",
                     "weightKg": 70, "heightCm": 172, "mrn": "FZ-%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(UUID.randomUUID().toString().substring(0, 8));
    return read(mvc.perform(
                post("/api/v1/cases")
                    .with(httpBasic("coordinator", "coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString())
        .get("id")
        .asString();
  }

  private String bookShipment(String caseId) throws Exception {
    return read(mvc.perform(
                post("/api/v1/cases/" + caseId + "/shipments")
                    .with(httpBasic("coordinator", "coordinator"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                            {"leg": "TO_MANUFACTURER", "shipperId": "FZ-%s",
                             "loggerSerial": "L-FZ"}
                            """
                            .formatted(UUID.randomUUID())))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString())
        .get("id")
        .asString();
  }

  private JsonNode read(String text) {
    return json.readTree(text);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      entries.add(it.next());
    }
    return entries;
  }

  private static String abbreviate(String value) {
    String shown = value.replace("\u0000", "\\0");
    return shown.length() > 20 ? shown.substring(0, 20) + "…(" + value.length() + ")" : shown;
  }
}
