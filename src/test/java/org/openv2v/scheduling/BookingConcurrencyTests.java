package org.openv2v.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.network.Network;
import org.openv2v.scheduling.domain.OptionId;
import org.openv2v.scheduling.internal.CapacityPicture;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The judged race: fifty coordinators book the same ten manufacturing slots at the same moment, on
 * real PostgreSQL. The database's CHECK on the slot's counter decides; nobody overbooks.
 */
@IntegrationTest
class BookingConcurrencyTests {

  @Autowired Cases cases;
  @Autowired Network network;
  @Autowired Capacity capacity;
  @Autowired Bookings bookings;
  @Autowired JdbcClient jdbc;

  @Test
  void should_give_exactly_ten_bookings_and_forty_clear_refusals_when_fifty_race_for_ten_slots()
      throws Exception {
    SchedulingFixture fixture = new SchedulingFixture(cases, network, capacity);
    String unit = fixture.apheresisUnit(60);
    // A week of its own, past the demo's published weeks, so no other test touches it.
    LocalDate week =
        CapacityPicture.weekOf(LocalDate.now(ZoneId.of("Asia/Seoul")))
            .plusWeeks(60 + ThreadLocalRandom.current().nextInt(500));
    SlotView slot =
        capacity.setSlots(
            new SlotCapacity("US-NVS-MP", "tisa-cel", week, 10, "test"),
            SchedulingFixture.MANUFACTURER);
    // Collected on the Friday before, the cells arrive on the Monday (3 days on this lane).
    String option = new OptionId(unit, week.minusDays(3), slot.id()).text();
    List<CaseView> racing = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      racing.add(fixture.approvedCase(unit));
    }

    ExecutorService coordinators = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (CaseView each : racing) {
      outcomes.add(
          coordinators.submit(
              () -> {
                go.await();
                try {
                  bookings.book(each.id(), option, SchedulingFixture.COORDINATOR);
                  return "BOOKED";
                } catch (Refusal refusal) {
                  return refusal.kind() + ": " + refusal.getMessage();
                }
              }));
    }
    go.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(120, TimeUnit.SECONDS));
    }
    coordinators.shutdown();

    assertThat(results).filteredOn("BOOKED"::equals).hasSize(10);
    assertThat(results)
        .filteredOn(r -> !r.equals("BOOKED"))
        .hasSize(40)
        .allSatisfy(
            r ->
                assertThat(r)
                    .startsWith("CONFLICT: Someone else took the last tisa-cel slot at US-NVS-MP")
                    .contains(week.toString())
                    .endsWith("ask for options again"));
    assertThat(
            jdbc.sql("select booked from scheduling.manufacturing_slot where id = ?")
                .param(slot.id())
                .query(Integer.class)
                .single())
        .isEqualTo(10);
    assertThat(
            jdbc.sql(
                    "select count(*) from scheduling.booking where slot_id = ? and status = 'ACTIVE'")
                .param(slot.id())
                .query(Integer.class)
                .single())
        .isEqualTo(10);
    List<UUID> scheduled =
        racing.stream()
            .map(CaseView::id)
            .filter(
                id ->
                    jdbc.sql("select state from cases.patient_case where id = ?")
                        .param(id)
                        .query(String.class)
                        .single()
                        .equals("APHERESIS_SCHEDULED"))
            .toList();
    assertThat(scheduled).hasSize(10);
  }
}
