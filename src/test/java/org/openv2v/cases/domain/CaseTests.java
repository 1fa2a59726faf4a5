package org.openv2v.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;

class CaseTests {

  private static final Instant REFERRED_AT = Instant.parse("2026-01-05T00:00:00Z");
  private static final Instant LAST_AT = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  // ---- reasons ----

  @ParameterizedTest(name = "{1} from {0} with reason [{2}] accepted={3}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        // state,           event,       reason,              accepted
        "REFERRED,          WITHDRAWN,   PROGRESSION,         true",
        "REFERRED,          WITHDRAWN,   DEATH,               true",
        "REFERRED,          WITHDRAWN,   INELIGIBLE,          true",
        "REFERRED,          WITHDRAWN,   PATIENT_CHOICE,      true",
        "LYMPHODEPLETION,   WITHDRAWN,   PAYER_REFUSAL,       true",
        "REFERRED,          WITHDRAWN,   NONE,                false",
        "REFERRED,          WITHDRAWN,   FOLLOW_UP_COMPLETED, false",
        "REFERRED,          WITHDRAWN,   LOST_TO_FOLLOW_UP,   false",
        "REFERRED,          WITHDRAWN,   progression,         false",
        "REFERRED,          WITHDRAWN,   BORED,               false",
        "INFUSED,           CLOSED,      FOLLOW_UP_COMPLETED, true",
        "MONITORING,        CLOSED,      DEATH,               true",
        "FOLLOW_UP,         CLOSED,      LOST_TO_FOLLOW_UP,   true",
        "FOLLOW_UP,         CLOSED,      CONSENT_WITHDRAWN,   true",
        "FOLLOW_UP,         CLOSED,      NONE,                false",
        "FOLLOW_UP,         CLOSED,      PROGRESSION,         false",
        "FOLLOW_UP,         CLOSED,      PAYER_REFUSAL,       false",
        "FOLLOW_UP,         CLOSED,      BORED,               false",
        "REFERRED,          ELIGIBILITY_CONFIRMED, DEATH,     false",
        "IN_MANUFACTURING,  MANUFACTURING_FAILED,  PROGRESSION, false",
        "LYMPHODEPLETION,   INFUSED,     PATIENT_CHOICE,      false",
        "FOLLOW_UP,         CLOSED,      '   ',               false",
        "REFERRED,          ELIGIBILITY_CONFIRMED, NONE,      true",
        "REFERRED,          ELIGIBILITY_CONFIRMED, '   ',     true",
      })
  void should_take_a_reason_only_for_withdrawal_and_closure(
      CaseState from, CaseEventType event, String reason, boolean accepted) {
    Case aCase = Histories.caseIn(from, REFERRED_AT, LAST_AT);
    NewEvent request =
        Histories.request(event, LAST_AT.plusSeconds(60), Optional.ofNullable(reason));

    int before = aCase.history().size();

    if (accepted) {
      CaseEvent recorded = aCase.record(request, "tester", NOW);
      assertThat(recorded.reason())
          .isEqualTo(Optional.ofNullable(reason).filter(r -> !r.isBlank()));
      assertThat(aCase.history()).hasSize(before + 1);
    } else {
      List<CaseEvent> history = aCase.history();
      Refusal refusal = refusalOf(() -> aCase.record(request, "tester", NOW));
      assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
      assertThat(refusal.fieldProblems()).extracting(FieldProblem::field).containsExactly("reason");
      assertThat(aCase.history()).isEqualTo(history);
      assertThat(aCase.state()).isEqualTo(from);
    }
  }

  // ---- chronology ----

  @Test
  void should_refuse_an_event_before_the_previous_one() {
    Case aCase = Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT);
    NewEvent early =
        Histories.request(CaseEventType.ELIGIBILITY_CONFIRMED, REFERRED_AT.minusMillis(1));

    Refusal refusal = refusalOf(() -> aCase.record(early, "tester", NOW));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
    assertThat(refusal.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("occurredAt");
    assertThat(aCase.history()).hasSize(1);
    assertThat(aCase.state()).isEqualTo(CaseState.REFERRED);
  }

  @Test
  void should_refuse_an_event_before_the_last_of_a_longer_history() {
    Case aCase = Histories.caseIn(CaseState.PAYER_APPROVED, REFERRED_AT, LAST_AT);
    NewEvent between =
        Histories.request(CaseEventType.APHERESIS_SCHEDULED, LAST_AT.minusSeconds(1));

    Refusal refusal = refusalOf(() -> aCase.record(between, "tester", NOW));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
    assertThat(refusal.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("occurredAt");
    assertThat(aCase.state()).isEqualTo(CaseState.PAYER_APPROVED);
  }

  @Test
  void should_accept_an_event_at_the_same_instant_as_the_previous_one() {
    Case aCase = Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT);

    aCase.record(
        Histories.request(CaseEventType.ELIGIBILITY_CONFIRMED, REFERRED_AT), "tester", NOW);

    assertThat(aCase.state()).isEqualTo(CaseState.ELIGIBILITY_CONFIRMED);
  }

  @ParameterizedTest(name = "{0} ahead of now accepted={1}")
  @CsvSource({
    "PT0S,      true",
    "PT4M,      true",
    "PT4M59S,   true",
    "PT5M,      true",
    "PT5M1S,    false",
    "PT6M,      false",
    "PT1H,      false",
    "P1D,       false",
  })
  void should_refuse_events_more_than_five_minutes_in_the_future(Duration ahead, boolean accepted) {
    Case aCase = Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT);
    NewEvent request = Histories.request(CaseEventType.ELIGIBILITY_CONFIRMED, NOW.plus(ahead));

    if (accepted) {
      aCase.record(request, "tester", NOW);
      assertThat(aCase.state()).isEqualTo(CaseState.ELIGIBILITY_CONFIRMED);
    } else {
      Refusal refusal = refusalOf(() -> aCase.record(request, "tester", NOW));
      assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
      assertThat(refusal.fieldProblems())
          .extracting(FieldProblem::field)
          .containsExactly("occurredAt");
      assertThat(aCase.history()).hasSize(1);
    }
  }

  @Test
  void should_refuse_a_referral_more_than_five_minutes_in_the_future() {
    Refusal refusal =
        refusalOf(
            () ->
                Case.refer(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    NOW.plus(Duration.ofMinutes(6)),
                    NOW,
                    "tester",
                    "KR-SNUH"));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
    assertThat(refusal.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("referredAt");
  }

  // ---- what is recorded ----

  @Test
  void should_open_a_case_with_its_referral_as_event_one() {
    UUID caseId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();

    Case aCase = Case.refer(caseId, eventId, REFERRED_AT, NOW, "coordinator", "KR-SMC");

    assertThat(aCase.id()).isEqualTo(caseId);
    assertThat(aCase.state()).isEqualTo(CaseState.REFERRED);
    assertThat(aCase.history())
        .singleElement()
        .satisfies(
            referral -> {
              assertThat(referral.eventId()).isEqualTo(eventId);
              assertThat(referral.sequence()).isEqualTo(1);
              assertThat(referral.type()).isEqualTo(CaseEventType.REFERRED);
              assertThat(referral.from()).isEmpty();
              assertThat(referral.to()).isEqualTo(CaseState.REFERRED);
              assertThat(referral.occurredAt()).isEqualTo(REFERRED_AT);
              assertThat(referral.recordedAt()).isEqualTo(NOW);
              assertThat(referral.actor()).isEqualTo("coordinator");
              assertThat(referral.siteId()).isEqualTo("KR-SMC");
            });
  }

  @Test
  void should_number_events_one_by_one_and_stamp_them_with_the_now_passed_in() {
    Case aCase =
        Case.refer(
            UUID.randomUUID(),
            UUID.randomUUID(),
            REFERRED_AT,
            REFERRED_AT,
            "coordinator",
            "KR-SNUH");
    List<CaseEventType> events =
        List.of(
            CaseEventType.ELIGIBILITY_CONFIRMED, CaseEventType.PAYER_APPROVED,
            CaseEventType.APHERESIS_SCHEDULED, CaseEventType.APHERESIS_COLLECTED);

    for (int i = 0; i < events.size(); i++) {
      Instant occurred = REFERRED_AT.plus(Duration.ofDays(i + 1));
      Instant now = occurred.plus(Duration.ofHours(3));
      NewEvent request =
          new NewEvent(
              UUID.randomUUID(),
              events.get(i),
              occurred,
              "KR-SMC",
              Optional.of("note " + i),
              Optional.empty());

      CaseEvent recorded = aCase.record(request, "nurse-" + i, now);

      assertThat(recorded.sequence()).isEqualTo(i + 2);
      assertThat(recorded.recordedAt()).isEqualTo(now);
      assertThat(recorded.occurredAt()).isEqualTo(occurred);
      assertThat(recorded.eventId()).isEqualTo(request.eventId());
      assertThat(recorded.actor()).isEqualTo("nurse-" + i);
      assertThat(recorded.siteId()).isEqualTo("KR-SMC");
      assertThat(recorded.note()).contains("note " + i);
    }
    assertThat(aCase.history()).extracting(CaseEvent::sequence).containsExactly(1, 2, 3, 4, 5);
    assertThat(aCase.history())
        .extracting(CaseEvent::to)
        .containsExactly(
            CaseState.REFERRED,
            CaseState.ELIGIBILITY_CONFIRMED,
            CaseState.PAYER_APPROVED,
            CaseState.APHERESIS_SCHEDULED,
            CaseState.APHERESIS_COLLECTED);
    assertThat(aCase.history())
        .extracting(e -> e.from().orElse(null))
        .containsExactly(
            null,
            CaseState.REFERRED,
            CaseState.ELIGIBILITY_CONFIRMED,
            CaseState.PAYER_APPROVED,
            CaseState.APHERESIS_SCHEDULED);
  }

  @Test
  void should_not_let_callers_change_the_history_it_hands_out() {
    Case aCase = Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT);
    List<CaseEvent> history = aCase.history();

    catchThrowableOfType(UnsupportedOperationException.class, () -> history.clear());

    assertThat(aCase.history()).hasSize(1);
  }

  @Test
  void should_refuse_to_rebuild_a_case_without_a_referral() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> Case.fromHistory(UUID.randomUUID(), List.of())))
        .isNotNull();
  }

  // ---- replays ----

  private static final UUID EVENT_ID = UUID.randomUUID();
  private static final Instant AT = Instant.parse("2026-02-10T03:04:05.123456Z");
  private static final NewEvent ORIGINAL =
      new NewEvent(
          EVENT_ID,
          CaseEventType.WITHDRAWN,
          AT,
          "KR-SNUH",
          Optional.of("patient moved"),
          Optional.of("PATIENT_CHOICE"));

  @Test
  void should_match_an_identical_replayed_request() {
    CaseEvent stored =
        Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT).record(ORIGINAL, "tester", NOW);

    NewEvent replay =
        new NewEvent(
            EVENT_ID,
            CaseEventType.WITHDRAWN,
            Instant.parse("2026-02-10T03:04:05.123456Z"),
            "KR-SNUH",
            Optional.of("patient moved"),
            Optional.of("PATIENT_CHOICE"));

    assertThat(stored.matches(replay)).isTrue();
  }

  @Test
  void should_match_a_replay_that_differs_only_below_a_microsecond() {
    CaseEvent stored =
        Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT).record(ORIGINAL, "tester", NOW);

    assertThat(
            stored.matches(
                with(
                    r ->
                        new NewEvent(
                            r.eventId(),
                            r.type(),
                            AT.plusNanos(999),
                            r.siteId(),
                            r.note(),
                            r.reason()))))
        .isTrue();
  }

  @Test
  void should_not_match_a_replay_whose_type_differs() {
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(),
                CaseEventType.ELIGIBILITY_CONFIRMED,
                r.occurredAt(),
                r.siteId(),
                r.note(),
                Optional.empty()));
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(),
                CaseEventType.CLOSED,
                r.occurredAt(),
                r.siteId(),
                r.note(),
                r.reason()));
  }

  @Test
  void should_not_match_a_replay_whose_occurred_at_differs() {
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(), r.type(), AT.plusNanos(1_000), r.siteId(), r.note(), r.reason()));
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(), r.type(), AT.minusSeconds(3600), r.siteId(), r.note(), r.reason()));
  }

  @Test
  void should_not_match_a_replay_whose_site_differs() {
    assertNotMatched(
        r -> new NewEvent(r.eventId(), r.type(), r.occurredAt(), "KR-SMC", r.note(), r.reason()));
  }

  @Test
  void should_not_match_a_replay_whose_note_differs() {
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(),
                r.type(),
                r.occurredAt(),
                r.siteId(),
                Optional.of("patient moved abroad"),
                r.reason()));
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(), r.type(), r.occurredAt(), r.siteId(), Optional.empty(), r.reason()));
  }

  @Test
  void should_not_match_a_replay_whose_reason_differs() {
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(),
                r.type(),
                r.occurredAt(),
                r.siteId(),
                r.note(),
                Optional.of("PROGRESSION")));
    assertNotMatched(
        r ->
            new NewEvent(
                r.eventId(), r.type(), r.occurredAt(), r.siteId(), r.note(), Optional.empty()));
  }

  // ---- requests ----

  @Test
  void should_truncate_occurred_at_to_microseconds() {
    NewEvent request =
        Histories.request(CaseEventType.INFUSED, Instant.parse("2026-02-10T03:04:05.123456789Z"));

    assertThat(request.occurredAt()).isEqualTo(Instant.parse("2026-02-10T03:04:05.123456Z"));
  }

  @Test
  void should_keep_microseconds_already_whole() {
    NewEvent request =
        Histories.request(CaseEventType.INFUSED, Instant.parse("2026-02-10T03:04:05.000001Z"));

    assertThat(request.occurredAt()).isEqualTo(Instant.parse("2026-02-10T03:04:05.000001Z"));
  }

  @Test
  void should_treat_a_blank_note_or_reason_as_none() {
    NewEvent request =
        new NewEvent(
            UUID.randomUUID(),
            CaseEventType.INFUSED,
            AT,
            "KR-SNUH",
            Optional.of("  "),
            Optional.of(""));

    assertThat(request.note()).isEmpty();
    assertThat(request.reason()).isEmpty();
  }

  private static NewEvent with(UnaryOperator<NewEvent> change) {
    return change.apply(ORIGINAL);
  }

  private static void assertNotMatched(UnaryOperator<NewEvent> change) {
    CaseEvent stored =
        Histories.caseIn(CaseState.REFERRED, REFERRED_AT, LAST_AT).record(ORIGINAL, "tester", NOW);
    NewEvent replay = with(change);
    assertThat(stored.matches(replay)).as("stored %s vs replay %s", stored, replay).isFalse();
  }

  private static Refusal refusalOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Refusal refusal = catchThrowableOfType(Refusal.class, call);
    assertThat(refusal).as("expected a Refusal").isNotNull();
    return refusal;
  }
}
