package org.openv2v.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyFixture.Signing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients retry: every event posted twice at the same moment, over real HTTP, is stored once, and
 * both answers carry the same record.
 */
@IntegrationTest
class CustodyRetryTests {

  private static final int EVENTS = 1_000;
  private static final int CASES = 4;

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired UnitMatcher units;
  @Autowired JdbcClient jdbc;
  @Autowired CustodyLedger ledger;

  // Another module's bean: constructor injection, as Spring Modulith asks.
  private final Cases cases;

  @Autowired
  CustodyRetryTests(Cases cases) {
    this.cases = cases;
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void should_store_exactly_one_record_per_event_when_each_is_posted_twice_at_once()
      throws Exception {
    CustodyFixture fixture = new CustodyFixture(mvc, json, cases, units);
    List<UUID> caseIds = new ArrayList<>();
    List<String> bags = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      UUID caseId = fixture.openCase();
      caseIds.add(caseId);
      bags.add(fixture.unit(caseId, "01"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Map<UUID, String> created = new ConcurrentHashMap<>();
    List<Future<Integer>> answers = new ArrayList<>();
    List<UUID> eventIds = new ArrayList<>();
    try {
      for (int i = 0; i < EVENTS; i++) {
        int c = i % CASES;
        Signing signing = Signing.of("STORED", bags.get(c), "nurse");
        signing.note = "retry " + i;
        String body = signing.toJson(json);
        eventIds.add(signing.eventId);
        // Both copies wait on the same latch so that they really arrive together.
        CountDownLatch together = new CountDownLatch(2);
        for (int copy = 0; copy < 2; copy++) {
          answers.add(
              pool.submit(
                  () -> {
                    together.countDown();
                    together.await(5, TimeUnit.SECONDS);
                    HttpResponse<String> response = post(caseIds.get(c), body);
                    if (response.statusCode() == 201) {
                      created.merge(
                          signing.eventId,
                          response.body(),
                          (a, b) -> {
                            assertThat(json.readTree(b)).isEqualTo(json.readTree(a));
                            return a;
                          });
                    }
                    return response.statusCode();
                  }));
        }
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(created).hasSize(EVENTS);
    long stored =
        jdbc.sql("select count(*) from custody.record where event_id = any(?)")
            .param(eventIds.toArray(UUID[]::new))
            .query(Long.class)
            .single();
    assertThat(stored).isEqualTo(EVENTS);
    int total = 0;
    for (UUID caseId : caseIds) {
      List<CustodyRecord> chain = ledger.records(caseId);
      total += chain.size();
      for (int i = 0; i < chain.size(); i++) {
        assertThat(chain.get(i).caseSequence()).isEqualTo(i + 1);
        if (i > 0) {
          assertThat(chain.get(i).hashes().previousInCase())
              .isEqualTo(chain.get(i - 1).hashes().caseChainHash());
        }
      }
    }
    assertThat(total).isEqualTo(EVENTS);
  }

  private HttpResponse<String> post(UUID caseId, String body) throws Exception {
    String token =
        Base64.getEncoder().encodeToString("nurse:nurse".getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/custody"))
            .header("Authorization", "Basic " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
