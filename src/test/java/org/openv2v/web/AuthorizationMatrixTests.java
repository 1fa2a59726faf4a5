package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.IntegrationTest;
import org.openv2v.RoleMatrix;
import org.openv2v.RoleMatrix.Call;
import org.openv2v.RoleMatrix.Row;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role against every endpoint (issue 8): each row of {@code authorization-matrix.txt} is
 * called as each demo user, with an empty body where one is expected, so that allowed roles get as
 * far as validation and refused ones get 403 before any body is read. The table must list exactly
 * the endpoints the platform serves.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

  private static final List<Role> COLUMNS =
      List.of(
          Role.COORDINATOR,
          Role.PHYSICIAN,
          Role.NURSE,
          Role.MANUFACTURER,
          Role.COURIER,
          Role.AUDITOR,
          Role.ADMIN,
          Role.PLANNER);

  // Spring's own and the documentation's endpoints are not the platform's to list.
  private static final Set<String> NOT_OURS = Set.of("/error", "/v3/api-docs", "/swagger-ui");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private String caseId;

  // Once per class, not before each of the 1,500 calls: the query picks the same demo case each
  // time.
  @BeforeAll
  void pickACaseEveryDemoUserTakesPartIn() {
    caseId =
        jdbc.sql(
                "select id::text from cases.patient_case where treatment_centre_id = 'KR-SNUH'"
                    + " and courier_site_id = 'KR-COURIER' order by referred_at limit 1")
            .query(String.class)
            .single();
  }

  @Test
  void should_list_every_endpoint_the_platform_serves_and_no_other() throws IOException {
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(path -> NOT_OURS.stream().noneMatch(path::startsWith))
                    .forEach(
                        path ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method.name() + " " + path))));
    Set<String> listed = new TreeSet<>();
    rowsList().forEach(row -> listed.add(row.toString()));
    assertThat(listed).as("endpoints in authorization-matrix.txt").isEqualTo(served);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void should_allow_or_refuse_each_role_as_the_matrix_says(Call call) throws Exception {
    boolean allowed = call.row().allowed().get(COLUMNS.indexOf(call.role()));
    String user = call.role().name().toLowerCase();
    int status =
        mvc.perform(requestFor(call.row()).with(httpBasic(user, user)))
            .andReturn()
            .getResponse()
            .getStatus();
    if (allowed) {
      assertThat(status).as(call + " is allowed").isNotIn(401, 403);
    } else {
      assertThat(status).as(call + " is refused").isEqualTo(403);
    }
  }

  @ParameterizedTest(name = "{0} anonymously")
  @MethodSource("rowsList")
  void should_ask_strangers_to_sign_in_except_for_public_pages(Row row) throws Exception {
    int status = mvc.perform(requestFor(row)).andReturn().getResponse().getStatus();
    boolean isPublic = row.path().equals("/login") || row.path().startsWith("/status/");
    if (isPublic) {
      assertThat(status).as(row + " is public").isNotIn(401, 403, 302);
    } else if (row.path().startsWith("/api/")) {
      assertThat(status).as(row + " needs a sign-in").isEqualTo(401);
    } else {
      assertThat(status).as(row + " sends to the sign-in page").isIn(302, 401);
    }
  }

  private MockHttpServletRequestBuilder requestFor(Row row) {
    MockHttpServletRequestBuilder request =
        request(HttpMethod.valueOf(row.method()), fill(row.path()));
    if (!row.method().equals("GET")) {
      request.with(csrf());
      if (row.path().startsWith("/api/")) {
        request.contentType(MediaType.APPLICATION_JSON).content("{}");
      }
    }
    return request;
  }

  private String fill(String path) {
    Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(path);
    StringBuilder filled = new StringBuilder();
    while (variable.find()) {
      String value =
          switch (variable.group(1)) {
            case "id" ->
                path.startsWith("/api/v1/sites")
                    ? "KR-SNUH"
                    : path.startsWith("/api/v1/cases/") || path.startsWith("/cases/")
                        ? caseId
                        : UUID.randomUUID().toString();
            case "code" -> "tisa-cel";
            case "siteId" -> "KR-SNUH";
            case "caseId" -> caseId;
            case "day" -> "2030-01-07";
            case "unit" -> "01";
            case "text" -> "A999926000001";
            case "secret" -> "not-a-link";
            default -> UUID.randomUUID().toString();
          };
      variable.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    variable.appendTail(filled);
    return filled.toString();
  }

  static Stream<Call> calls() throws IOException {
    return RoleMatrix.calls("/authorization-matrix.txt", COLUMNS);
  }

  static List<Row> rowsList() throws IOException {
    return RoleMatrix.rows("/authorization-matrix.txt", COLUMNS);
  }
}
