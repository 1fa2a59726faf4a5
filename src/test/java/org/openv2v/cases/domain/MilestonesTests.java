package org.openv2v.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected days are counted by hand on the Korean calendar (2026 is not a leap year). */
class MilestonesTests {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  private static final String TO_COLLECTION =
      """
      REFERRED@2026-01-05T09:00
      ELIGIBILITY_CONFIRMED@2026-01-12T10:00
      PAYER_APPROVED@2026-01-19T10:00
      APHERESIS_SCHEDULED@2026-01-26T10:00
      APHERESIS_COLLECTED@2026-01-30T07:30
      """;
  private static final String TO_FAILURE =
      TO_COLLECTION
          + """
      SHIPPED_TO_MANUFACTURER@2026-01-31T12:00
      MANUFACTURING_STARTED@2026-02-02T09:00
      MANUFACTURING_FAILED@2026-02-21T11:00
      """;
  private static final String TO_RECOLLECTION =
      TO_FAILURE
          + """
      APHERESIS_SCHEDULED@2026-02-24T10:00
      APHERESIS_COLLECTED@2026-03-01T08:00
      SHIPPED_TO_MANUFACTURER@2026-03-02T12:00
      MANUFACTURING_STARTED@2026-03-04T09:00
      """;
  private static final String TO_RELEASE =
      TO_COLLECTION
          + """
      SHIPPED_TO_MANUFACTURER@2026-01-31T12:00
      MANUFACTURING_STARTED@2026-02-02T09:00
      PRODUCT_RELEASED@2026-02-21T16:00
      """;
  private static final String TO_INFUSION =
      TO_RELEASE
          + """
      SHIPPED_TO_SITE@2026-02-23T09:00
      RECEIVED_AT_SITE@2026-02-24T09:00
      LYMPHODEPLETION_STARTED@2026-02-25T09:00
      INFUSED@2026-03-02T10:00
      """;

  static Stream<Arguments> journeys() {
    return Stream.of(
        // name, history (KST), referral→apheresis, apheresis→release, vein-to-vein,
        // referral→infusion
        Arguments.of("referral only", "REFERRED@2026-01-05T09:00", null, null, null, null),
        Arguments.of(
            "eligible only",
            "REFERRED@2026-01-05T09:00 ELIGIBILITY_CONFIRMED@2026-01-12T10:00",
            null,
            null,
            null,
            null),
        Arguments.of("collected", TO_COLLECTION, 25L, null, null, null),
        Arguments.of("released", TO_RELEASE, 25L, 22L, null, null),
        Arguments.of("infused", TO_INFUSION, 25L, 22L, 31L, 56L),
        Arguments.of(
            "full journey to closure",
            TO_INFUSION
                + """
            MONITORING_STARTED@2026-03-02T12:00
            FOLLOW_UP_STARTED@2026-03-30T09:00
            CLOSED@2026-06-28T09:00
            """,
            25L,
            22L,
            31L,
            56L),
        Arguments.of(
            "withdrawn after collection",
            TO_COLLECTION + "WITHDRAWN@2026-02-01T09:00",
            25L,
            null,
            null,
            null),
        Arguments.of("manufacturing failed", TO_FAILURE, 25L, null, null, null),
        // the second collection (2026-03-01) is the one that counts once it exists
        Arguments.of("re-collected, in manufacturing", TO_RECOLLECTION, 55L, null, null, null),
        Arguments.of(
            "re-collected and infused",
            TO_RECOLLECTION
                + """
            PRODUCT_RELEASED@2026-03-23T15:00
            SHIPPED_TO_SITE@2026-03-25T09:00
            RECEIVED_AT_SITE@2026-03-27T09:00
            LYMPHODEPLETION_STARTED@2026-03-29T09:00
            INFUSED@2026-04-04T10:00
            """,
            55L,
            22L,
            34L,
            89L),
        // an out-of-spec product accepted on 2026-02-23 is the release; the only collection counts
        Arguments.of(
            "out of spec accepted and infused",
            TO_FAILURE
                + """
            OUT_OF_SPEC_ACCEPTED@2026-02-23T14:00
            SHIPPED_TO_SITE@2026-02-24T09:00
            RECEIVED_AT_SITE@2026-02-25T09:00
            LYMPHODEPLETION_STARTED@2026-02-26T09:00
            INFUSED@2026-03-04T10:00
            """,
            25L,
            24L,
            33L,
            58L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void should_count_calendar_days_between_milestones_in_seoul(
      String name,
      String history,
      Long referralToApheresis,
      Long apheresisToRelease,
      Long veinToVein,
      Long referralToInfusion) {
    Milestones milestones = Milestones.of(caseFrom(history).history(), SEOUL);

    assertThat(milestones.referralToApheresisDays())
        .isEqualTo(Optional.ofNullable(referralToApheresis));
    assertThat(milestones.apheresisToReleaseDays())
        .isEqualTo(Optional.ofNullable(apheresisToRelease));
    assertThat(milestones.veinToVeinDays()).isEqualTo(Optional.ofNullable(veinToVein));
    assertThat(milestones.referralToInfusionDays())
        .isEqualTo(Optional.ofNullable(referralToInfusion));
  }

  @Test
  void should_report_the_instants_of_a_full_journey() {
    Milestones milestones = Milestones.of(caseFrom(TO_INFUSION).history(), SEOUL);

    assertThat(milestones.referredAt()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(milestones.apheresisAt()).contains(Instant.parse("2026-01-29T22:30:00Z"));
    assertThat(milestones.releasedAt()).contains(Instant.parse("2026-02-21T07:00:00Z"));
    assertThat(milestones.infusedAt()).contains(Instant.parse("2026-03-02T01:00:00Z"));
  }

  @Test
  void should_leave_milestones_not_yet_reached_empty() {
    Milestones milestones = Milestones.of(caseFrom(TO_COLLECTION).history(), SEOUL);

    assertThat(milestones.apheresisAt()).contains(Instant.parse("2026-01-29T22:30:00Z"));
    assertThat(milestones.releasedAt()).isEmpty();
    assertThat(milestones.infusedAt()).isEmpty();
  }

  @Test
  void should_use_the_second_collection_after_a_manufacturing_failure() {
    Milestones milestones = Milestones.of(caseFrom(TO_RECOLLECTION).history(), SEOUL);

    assertThat(milestones.apheresisAt()).contains(Instant.parse("2026-02-28T23:00:00Z"));
  }

  @Test
  void should_count_an_accepted_out_of_spec_product_as_the_release() {
    Milestones milestones =
        Milestones.of(
            caseFrom(TO_FAILURE + "OUT_OF_SPEC_ACCEPTED@2026-02-23T14:00").history(), SEOUL);

    assertThat(milestones.releasedAt()).contains(Instant.parse("2026-02-23T05:00:00Z"));
    assertThat(milestones.apheresisToReleaseDays()).contains(24L);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2} days in Seoul, {3} in UTC")
  @MethodSource("boundaries")
  void should_count_calendar_days_not_elapsed_hours(
      String referral, String collection, long daysInSeoul, long daysInUtc) {
    List<CaseEvent> history =
        caseFrom(
                "REFERRED@"
                    + referral
                    + """
         ELIGIBILITY_CONFIRMED@%1$s PAYER_APPROVED@%1$s APHERESIS_SCHEDULED@%1$s
        APHERESIS_COLLECTED@%2$s"""
                        .formatted(referral, collection))
            .history();

    assertThat(Milestones.of(history, SEOUL).referralToApheresisDays()).contains(daysInSeoul);
    assertThat(Milestones.of(history, ZoneOffset.UTC).referralToApheresisDays())
        .contains(daysInUtc);
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        // one hour apart across Seoul midnight (both 2026-01-05 in UTC)
        Arguments.of("2026-01-05T23:30", "2026-01-06T00:30", 1L, 0L),
        // one hour apart on the same Seoul day, across UTC midnight (09:00 KST = 00:00 UTC)
        Arguments.of("2026-01-05T08:30", "2026-01-05T09:30", 0L, 1L),
        // almost a whole day apart on the same Seoul day
        Arguments.of("2026-01-05T00:10", "2026-01-05T23:50", 0L, 1L));
  }

  /** Records a history written as "TYPE@local-date-time" in Seoul, separated by spaces or lines. */
  private static Case caseFrom(String history) {
    List<String[]> steps =
        Arrays.stream(history.trim().split("\\s+")).map(step -> step.split("@")).toList();
    assertThat(steps.get(0)[0]).isEqualTo("REFERRED");
    Case aCase =
        Case.refer(
            UUID.randomUUID(), UUID.randomUUID(), kst(steps.get(0)[1]), NOW, "tester", "KR-SNUH");
    for (String[] step : steps.subList(1, steps.size())) {
      CaseEventType type = CaseEventType.valueOf(step[0]);
      aCase.record(
          Histories.request(type, kst(step[1]), ExpectedJourney.fittingReason(type)),
          "tester",
          NOW);
    }
    return aCase;
  }

  private static Instant kst(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
  }
}
