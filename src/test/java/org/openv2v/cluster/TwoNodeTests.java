package org.openv2v.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.custody.Custody;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.network.Network;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.Capacity;
import org.openv2v.scheduling.SchedulingFixture;
import org.openv2v.scheduling.SlotCapacity;
import org.openv2v.scheduling.SlotView;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16's judged checks on two nodes sharing one database: what one node knows about a user, a
 * booking or the custody ledger, the other knows too. Both nodes also have a read replica set (a
 * stand-in: a second database with the schema and no data), so the reports that read from it are
 * seen to go there while everything else stays on the primary.
 */
class TwoNodeTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static TwoNodes nodes;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void start() {
    nodes = TwoNodes.start("openv2v.datasource.replica.url=" + StandInReplica.create());
  }

  @AfterAll
  static void stop() {
    nodes.close();
  }

  @Test
  void a_page_session_made_on_one_node_is_valid_on_the_other() throws Exception {
    HttpResponse<String> form = send(nodes.a(), HttpRequest.newBuilder(nodes.a().uri("/login")));
    String cookie = sessionCookie(form).orElseThrow();
    Matcher token = CSRF.matcher(form.body());
    assertThat(token.find()).as("the sign-in form carries its CSRF token").isTrue();

    HttpResponse<String> signedIn =
        send(
            nodes.a(),
            HttpRequest.newBuilder(nodes.a().uri("/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "username", "coordinator",
                                "password", "coordinator",
                                "_csrf", token.group(1))))));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    // A sign-in changes the session id (session fixation): the new cookie is the one to carry.
    String session = sessionCookie(signedIn).orElse(cookie);

    HttpResponse<String> onB =
        send(nodes.b(), HttpRequest.newBuilder(nodes.b().uri("/cases")).header("Cookie", session));
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains("Demo Coordinator");
    List<byte[]> stored =
        nodes
            .a()
            .bean(JdbcClient.class)
            .sql(
                "select a.attribute_bytes from security.spring_session_attributes a"
                    + " join security.spring_session s on s.primary_id = a.session_primary_id"
                    + " where s.principal_name = 'coordinator'")
            .query(byte[].class)
            .list();
    assertThat(stored).as("the session is in PostgreSQL").isNotEmpty();
    assertThat(stored)
        .as("without the password hash")
        .noneMatch(
            bytes ->
                Pattern.compile("\\$2[aby]\\$\\d\\d\\$")
                    .matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                    .find());

    HttpResponse<String> stranger =
        send(
            nodes.b(),
            HttpRequest.newBuilder(nodes.b().uri("/cases")).header("Accept", "text/html"));
    assertThat(stranger.statusCode())
        .as("without the session, node b asks to sign in")
        .isEqualTo(302);
  }

  @Test
  void five_wrong_passwords_on_one_node_lock_the_user_on_the_other() throws Exception {
    String name = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    nodes
        .a()
        .bean(UserAccounts.class)
        .createIfAbsent(
            new NewUser(name, "Cluster Nurse", Role.NURSE, Set.of("KR-SNUH"), name, true));
    assertThat(casesAs(nodes.b(), name, name).statusCode()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(casesAs(nodes.a(), name, "guess-" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> locked = casesAs(nodes.b(), name, name);
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("Too many failed sign-ins");
  }

  @Test
  void eight_bookings_at_once_over_both_nodes_never_overbook() throws Exception {
    SchedulingFixture fixture =
        new SchedulingFixture(
            nodes.a().bean(Cases.class),
            nodes.a().bean(Network.class),
            nodes.a().bean(Capacity.class));
    String unit = fixture.apheresisUnit(60);
    LocalDate week =
        CapacityPicture.weekOf(LocalDate.now(ZoneId.of("Asia/Seoul")))
            .plusWeeks(60 + ThreadLocalRandom.current().nextInt(500));
    SlotView slot =
        nodes
            .a()
            .bean(Capacity.class)
            .setSlots(
                new SlotCapacity("US-NVS-MP", "tisa-cel", week, 3, "test"),
                SchedulingFixture.MANUFACTURER);
    String option = new OptionId(unit, week.minusDays(3), slot.id()).text();
    List<CaseView> racing = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      racing.add(fixture.approvedCase(unit));
    }

    ExecutorService coordinators = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < racing.size(); i++) {
        Bookings bookings = nodes.either(i).bean(Bookings.class);
        UUID caseId = racing.get(i).id();
        outcomes.add(
            coordinators.submit(
                () -> {
                  go.await();
                  try {
                    bookings.book(caseId, option, SchedulingFixture.COORDINATOR);
                    return true;
                  } catch (Refusal refusal) {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    return false;
                  }
                }));
      }
      go.countDown();
      long booked = 0;
      for (Future<Boolean> outcome : outcomes) {
        booked += outcome.get(120, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(booked).isEqualTo(3);
    } finally {
      coordinators.shutdownNow();
    }
    JdbcClient jdbc = nodes.b().bean(JdbcClient.class);
    assertThat(
            jdbc.sql(
                    "select count(*) from scheduling.booking where slot_id = ? and status = 'ACTIVE'")
                .param(slot.id())
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql("select booked from scheduling.manufacturing_slot where id = ?")
                .param(slot.id())
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void custody_appended_through_both_nodes_at_once_keeps_one_valid_chain() throws Exception {
    List<CaseView> opened = List.of(openCase(), openCase());
    JsonMapper json = nodes.a().bean(JsonMapper.class);
    ExecutorService signers = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        CaseView each = opened.get(i % 2);
        TwoNodes.Node node = nodes.either(i / 2);
        String body = json.writeValueAsString(stored(each, "both nodes " + i));
        answers.add(
            signers.submit(
                () -> {
                  go.await();
                  return send(
                          node,
                          HttpRequest.newBuilder(
                                  node.uri("/api/v1/cases/" + each.id() + "/custody"))
                              .header("Authorization", basic("nurse", "nurse"))
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body)))
                      .statusCode();
                }));
      }
      go.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(120, TimeUnit.SECONDS)).isEqualTo(201);
      }
    } finally {
      signers.shutdownNow();
    }
    for (CaseView each : opened) {
      List<CustodyRecord> chain = nodes.b().bean(CustodyLedger.class).records(each.id());
      assertThat(chain).hasSize(20);
      for (int i = 1; i < chain.size(); i++) {
        assertThat(chain.get(i).caseSequence()).isEqualTo(i + 1);
        assertThat(chain.get(i).hashes().previousInCase())
            .isEqualTo(chain.get(i - 1).hashes().caseChainHash());
      }
    }
    assertThat(nodes.a().bean(Custody.class).verify().valid()).isTrue();
  }

  @Test
  void reports_read_from_the_replica_and_work_stays_on_the_primary() throws Exception {
    // The primary holds the demo's custody records; the stand-in replica holds none.
    long onPrimary =
        nodes
            .a()
            .bean(JdbcClient.class)
            .sql("select count(*) from custody.record")
            .query(Long.class)
            .single();
    assertThat(onPrimary).isPositive();
    HttpResponse<String> verified =
        send(
            nodes.b(),
            HttpRequest.newBuilder(nodes.b().uri("/api/v1/audit/verify"))
                .header("Authorization", basic("auditor", "auditor")));
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(nodes.a().bean(JsonMapper.class).readTree(verified.body()).get("checked").asLong())
        .as("the ledger check read the replica")
        .isZero();
    assertThat(casesAs(nodes.b(), "coordinator", "coordinator").body())
        .as("the case list reads the primary")
        .contains("\"din\"");
  }

  @Test
  void the_administrator_sees_both_nodes_and_their_database_in_english_and_korean()
      throws Exception {
    for (String lang : List.of("en", "ko")) {
      HttpResponse<String> page =
          send(
              nodes.b(),
              HttpRequest.newBuilder(nodes.b().uri("/admin/cluster?lang=" + lang))
                  .header("Accept", "text/html")
                  .header("Authorization", basic("admin", "admin")));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("data-node=\"node-a\"", "data-node=\"node-b\"")
          .contains(lang.equals("ko") ? "기본(쓰기)" : "Primary")
          .contains(lang.equals("ko") ? "실행 중" : "Running");
    }
    HttpResponse<String> health =
        send(
            nodes.b(),
            HttpRequest.newBuilder(nodes.b().uri("/actuator/health"))
                .header("Authorization", basic("admin", "admin")));
    assertThat(health.body()).contains("\"node\":\"node-b\"", "\"database\":\"PRIMARY\"");
    HttpResponse<String> refused =
        send(
            nodes.a(),
            HttpRequest.newBuilder(nodes.a().uri("/admin/cluster"))
                .header("Accept", "text/html")
                .header("Authorization", basic("coordinator", "coordinator")));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  private CaseView openCase() {
    return nodes
        .a()
        .bean(Cases.class)
        .refer(
            new Referral(
                new Patient(
                    "Cluster Patient",
                    LocalDate.of(1962, 4, 2),
                    Sex.MALE,
                    new BigDecimal("70"),
                    new BigDecimal("172"),
                    "CL-" + UUID.randomUUID().toString().substring(0, 8)),
                "tisa-cel",
                "DLBCL",
                "KR-SNUH",
                null,
                Instant.now().minus(1, ChronoUnit.DAYS)),
            SchedulingFixture.COORDINATOR);
  }

  private static Map<String, Object> stored(CaseView view, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventId", UUID.randomUUID().toString());
    body.put("step", "STORED");
    body.put("siteId", "KR-SNUH");
    body.put("units", List.of("=" + view.din() + "01"));
    body.put("deviceTime", Instant.now().minus(2, ChronoUnit.MINUTES).toString());
    body.put("condition", "INTACT");
    body.put("temperatureCelsius", -150.5);
    body.put("note", note);
    body.put("signature", Map.of("password", "nurse"));
    return body;
  }

  private HttpResponse<String> casesAs(TwoNodes.Node node, String user, String password)
      throws Exception {
    return send(
        node,
        HttpRequest.newBuilder(node.uri("/api/v1/cases"))
            .header("Authorization", basic(user, password)));
  }

  private HttpResponse<String> send(TwoNodes.Node node, HttpRequest.Builder request)
      throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith("SESSION="))
        .map(value -> value.substring(0, value.indexOf(';')))
        .findFirst();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .reduce((x, y) -> x + "&" + y)
        .orElse("");
  }
}
