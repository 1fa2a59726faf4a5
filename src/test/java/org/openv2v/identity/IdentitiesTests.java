package org.openv2v.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Allocation on the real PostgreSQL. Each test uses a facility and year of its own. */
@IntegrationTest
class IdentitiesTests {

  @Autowired Identities identities;
  @Autowired JdbcClient jdbc;

  @Test
  void should_allocate_under_the_demo_facility_in_the_current_year_of_the_network() {
    Din first = identities.allocate();
    Din second = identities.allocate();
    int year = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
    assertThat(identities.facility()).isEqualTo("A9999");
    assertThat(first.facility()).isEqualTo("A9999");
    assertThat(first.year()).isEqualTo(year % 100);
    assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
    assertThat(DinReading.read(first.eyeReadableWithCheck()).din()).contains(first);
    assertThat(identities.check(second.text()).din()).contains(second);
  }

  @Test
  void should_start_each_year_at_one() {
    assertThat(identities.allocate("A9990", 2031).text()).isEqualTo("A999031000001");
    assertThat(identities.allocate("A9990", 2031).text()).isEqualTo("A999031000002");
    assertThat(identities.allocate("A9990", 2032).text()).isEqualTo("A999032000001");
  }

  @Test
  void should_give_every_concurrent_caller_a_number_of_its_own() throws Exception {
    int threads = 8;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<Din>>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(
            () ->
                IntStream.range(0, each)
                    .mapToObj(i -> identities.allocate("A9991", 2033))
                    .toList());
      }
      List<Din> all = new ArrayList<>();
      for (Future<List<Din>> done : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
        all.addAll(done.get());
      }
      Set<Integer> sequences = all.stream().map(Din::sequence).collect(Collectors.toSet());
      assertThat(all).hasSize(threads * each);
      assertThat(sequences)
          .isEqualTo(IntStream.rangeClosed(1, threads * each).boxed().collect(Collectors.toSet()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_refuse_clearly_when_the_year_is_used_up() {
    identities.allocate("A9992", 2034);
    jdbc.sql(
            "update identity.din_sequence set last_sequence = 999998"
                + " where facility = 'A9992' and year = 2034")
        .update();
    assertThat(identities.allocate("A9992", 2034).text()).isEqualTo("A999234999999");
    assertThatThrownBy(() -> identities.allocate("A9992", 2034))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("No DIN is left for facility A9992 in 2034")
        .hasMessageContaining("openv2v.identity.facility");
    assertThat(
            jdbc.sql(
                    "select last_sequence from identity.din_sequence"
                        + " where facility = 'A9992' and year = 2034")
                .query(Integer.class)
                .single())
        .isEqualTo(999999);
  }
}
