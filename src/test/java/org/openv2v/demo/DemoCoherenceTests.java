package org.openv2v.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo tells a story a clinician would believe (issue 13, item 7): every loaded case's records
 * follow its journey in time and the products' rules, the overdue tasks are few and recent, and the
 * demo shows a booking, a failure with its re-collection and toxicity curves after infusion.
 */
@IntegrationTest
class DemoCoherenceTests {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationContext context;

  private List<UUID> demoCases;

  /** One recorded event of a demo case, as the loader wrote it. */
  record Event(int sequence, String type, Instant occurredAt, Instant recordedAt) {}

  @BeforeEach
  void findTheDemoCases() throws IOException {
    List<String> mrns;
    try (InputStream in = getClass().getResourceAsStream("/demo/cases.json")) {
      mrns =
          JsonMapper.builder()
              .findAndAddModules()
              .build()
              .readValue(in, DemoCaseFile.class)
              .cases()
              .stream()
              .map(demo -> demo.patient().mrn())
              .toList();
    }
    demoCases =
        jdbc.sql("select id from cases.patient_case where mrn = any(?)")
            .param(mrns.toArray(String[]::new))
            .query(UUID.class)
            .list();
    assertThat(demoCases).hasSizeGreaterThanOrEqualTo(mrns.size());
  }

  @Test
  void should_record_every_demo_event_when_it_happened_in_journey_order() {
    for (UUID id : demoCases) {
      List<Event> events = events(id);
      for (int i = 1; i < events.size(); i++) {
        assertThat(events.get(i).occurredAt())
            .as("case %s: %s after %s", id, events.get(i).type(), events.get(i - 1).type())
            .isAfterOrEqualTo(events.get(i - 1).occurredAt());
      }
      for (Event event : events) {
        // Replayed through the services at its own moment, not all stamped at start-up.
        assertThat(Duration.between(event.occurredAt(), event.recordedAt()).abs())
            .as("case %s: %s recorded when it happened", id, event.type())
            .isLessThan(Duration.ofMinutes(10));
      }
    }
  }

  @Test
  void should_finish_lymphodepletion_in_the_products_window_before_each_infusion() {
    int infused = 0;
    for (UUID id : demoCases) {
      Map<String, Instant> at = firstOfEachType(id);
      Instant infusion = at.get("INFUSED");
      if (infusion == null) {
        continue;
      }
      infused++;
      LocalDate infusionDay = infusion.atZone(SEOUL).toLocalDate();
      LocalDate ldEvent = at.get("LYMPHODEPLETION_STARTED").atZone(SEOUL).toLocalDate();
      var course =
          jdbc.sql(
                  "select started_on, finished_on, recorded_at from safety.lymphodepletion"
                      + " where case_id = ? order by recorded_at desc limit 1")
              .param(id)
              .query(
                  (row, n) ->
                      List.of(
                          row.getObject("started_on", LocalDate.class),
                          row.getObject("finished_on", LocalDate.class),
                          row.getTimestamp("recorded_at").toInstant()))
              .single();
      LocalDate started = (LocalDate) course.get(0);
      LocalDate finished = (LocalDate) course.get(1);
      assertThat(started).as("case %s: course starts with the LD event", id).isEqualTo(ldEvent);
      // Every product's window opens 2 or 3 days after the last dose (lymphodepletion.json).
      long daysBefore = ChronoUnit.DAYS.between(finished, infusionDay);
      assertThat(daysBefore)
          .as("case %s: days from last LD dose to infusion", id)
          .isBetween(2L, 3L);
      assertThat((Instant) course.get(2)).isBeforeOrEqualTo(infusion);
      Instant signed =
          jdbc.sql("select max(signed_at) from safety.checklist_signature where case_id = ?")
              .param(id)
              .query(Instant.class)
              .single();
      assertThat(signed)
          .as("case %s: checklist signed on the infusion day", id)
          .isBetween(infusion.minus(Duration.ofHours(24)), infusion);
    }
    assertThat(infused).as("infused demo cases").isGreaterThanOrEqualTo(5);
  }

  /**
   * The network's date when this test JVM started: the demo was loaded into its database on that
   * day or, in a run that crosses midnight in Seoul, the next. Its "today" is the day it was
   * loaded, not the day a test reads it (a run at 00:00 KST found yesterday's daily checks open).
   */
  private static LocalDate demoDay() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
        .atZone(SEOUL)
        .toLocalDate();
  }

  @Test
  void should_leave_only_a_few_recent_follow_up_tasks_overdue() {
    LocalDate today = demoDay();
    List<Map<String, Object>> longOverdue =
        jdbc.sql(
                "select case_id, kind, due_on from safety.follow_up_item where case_id = any(?)"
                    + " and done_on is null and due_on < ?"
                    + " and kind not in ('STAY_NEAR_CENTRE', 'NO_DRIVING', 'MONITORING_ENDS')")
            .params(demoCases.toArray(UUID[]::new), today.minusDays(DemoAftercare.OPEN_DAYS + 1L))
            .query()
            .listOfRows();
    assertThat(longOverdue).as("follow-up items overdue by more than eleven days").isEmpty();
    long dailyChecksOpen =
        jdbc.sql(
                "select count(*) from safety.follow_up_item where case_id = any(?)"
                    + " and done_on is null and due_on < ? and kind = 'DAILY_CHECK'")
            .params(demoCases.toArray(UUID[]::new), today)
            .query(Long.class)
            .single();
    assertThat(dailyChecksOpen).as("daily checks left undone").isZero();
    long done =
        jdbc.sql(
                "select count(*) from safety.follow_up_item where case_id = any(?) and done_on is not null")
            .param(demoCases.toArray(UUID[]::new))
            .query(Long.class)
            .single();
    assertThat(done).as("follow-up items the teams did").isGreaterThan(20);
  }

  @Test
  void should_show_a_booking_a_failure_with_recollection_and_toxicity_after_infusion() {
    long booked =
        jdbc.sql(
                "select count(*) from scheduling.booking where case_id = any(?) and status = 'ACTIVE'"
                    + " and promised_infusion > ?")
            .params(demoCases.toArray(UUID[]::new), demoDay())
            .query(Long.class)
            .single();
    assertThat(booked).as("demo cases booked with an infusion to come").isGreaterThanOrEqualTo(1);

    boolean recollected =
        demoCases.stream()
            .map(this::events)
            .anyMatch(
                events -> {
                  List<String> types = events.stream().map(Event::type).toList();
                  int failed = types.indexOf("MANUFACTURING_FAILED");
                  return failed >= 0
                      && types.subList(failed, types.size()).contains("APHERESIS_COLLECTED");
                });
    assertThat(recollected).as("a failure followed by a second collection").isTrue();

    int curves = 0;
    for (UUID id : demoCases) {
      Instant infusion = firstOfEachType(id).get("INFUSED");
      List<Map<String, Object>> assessed =
          jdbc.sql("select kind, assessed_at, grade from safety.assessment where case_id = ?")
              .param(id)
              .query()
              .listOfRows();
      for (Map<String, Object> row : assessed) {
        assertThat(infusion).as("case %s assessed without an infusion", id).isNotNull();
        assertThat(((java.sql.Timestamp) row.get("assessed_at")).toInstant())
            .as("case %s: assessment after infusion", id)
            .isAfter(infusion)
            .isBefore(Instant.now());
      }
      boolean crsGrade2 =
          assessed.stream()
              .anyMatch(r -> "CRS".equals(r.get("kind")) && ((Integer) r.get("grade")) >= 2);
      if (crsGrade2 && assessed.size() >= 10) {
        curves++;
      }
    }
    assertThat(curves)
        .as("cases with a CRS curve that rises and resolves")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void should_carry_each_returned_product_with_a_logger_trace_over_its_trip() {
    List<Map<String, Object>> legs =
        jdbc.sql(
                "select s.case_id, min(r.recorded_at) as first_reading,"
                    + " max(r.recorded_at) as last_reading"
                    + " from logistics.shipment s join logistics.reading r on r.shipment_id = s.id"
                    + " where s.case_id = any(?) and s.leg = 'TO_TREATMENT_CENTRE'"
                    + " group by s.id, s.case_id")
            .param(demoCases.toArray(UUID[]::new))
            .query()
            .listOfRows();
    assertThat(legs).as("return legs with logger readings").hasSizeGreaterThanOrEqualTo(4);
    for (Map<String, Object> leg : legs) {
      Map<String, Instant> at = firstOfEachType((UUID) leg.get("case_id"));
      Instant shipped = at.get("SHIPPED_TO_SITE");
      Instant first = ((java.sql.Timestamp) leg.get("first_reading")).toInstant();
      Instant last = ((java.sql.Timestamp) leg.get("last_reading")).toInstant();
      // The logger runs from the courier's handover to the receipt, days after the release.
      assertThat(first)
          .as("first reading near the departure")
          .isBetween(shipped.minus(Duration.ofHours(1)), shipped.plus(Duration.ofHours(1)));
      assertThat(last).as("last reading before now").isAfter(first).isBefore(Instant.now());
    }
  }

  private List<Event> events(UUID id) {
    return jdbc
        .sql(
            "select sequence, type, occurred_at, recorded_at from cases.case_event"
                + " where case_id = ? and actor in ('coordinator', 'physician', 'nurse',"
                + " 'manufacturer', 'courier') order by sequence")
        .param(id)
        .query(
            (row, n) ->
                new Event(
                    row.getInt("sequence"),
                    row.getString("type"),
                    row.getTimestamp("occurred_at").toInstant(),
                    row.getTimestamp("recorded_at").toInstant()))
        .list()
        .stream()
        .filter(event -> event.recordedAt().isBefore(loadedBefore()))
        .toList();
  }

  private Map<String, Instant> firstOfEachType(UUID id) {
    return events(id).stream()
        .collect(Collectors.toMap(Event::type, Event::occurredAt, (first, second) -> first));
  }

  /**
   * Events other tests add to demo cases later are theirs to judge, not the demo's: the demo's own
   * are recorded as of moments before the platform started.
   */
  private Instant loadedBefore() {
    return Instant.ofEpochMilli(context.getStartupDate());
  }
}
