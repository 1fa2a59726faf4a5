package org.openv2v.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.shared.Refusal;

class JourneyTests {

  private static final Instant REFERRED_AT = Instant.parse("2026-01-05T00:00:00Z");
  private static final Instant LAST_AT = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant EVENT_AT = Instant.parse("2026-02-15T00:00:00Z");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

  static Stream<Arguments> every_state_and_event() {
    return Arrays.stream(CaseState.values())
        .flatMap(
            state ->
                Arrays.stream(CaseEventType.values()).map(event -> Arguments.of(state, event)));
  }

  @Test
  void the_expected_table_covers_every_pair_once_and_allows_31_of_306() {
    assertThat(every_state_and_event()).hasSize(17 * 18);
    assertThat(ExpectedJourney.ALLOWED).hasSize(31).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("every_state_and_event")
  void should_allow_exactly_the_journey_table(CaseState from, CaseEventType event) {
    var expected = ExpectedJourney.next(from, event);
    Case aCase = Histories.caseIn(from, REFERRED_AT, LAST_AT);
    NewEvent request = Histories.request(event, EVENT_AT, ExpectedJourney.fittingReason(event));

    if (expected.isPresent()) {
      assertThat(Journey.next(from, event)).contains(expected.get());
      int before = aCase.history().size();
      CaseEvent recorded = aCase.record(request, "tester", NOW);
      assertThat(recorded.from()).contains(from);
      assertThat(recorded.to()).isEqualTo(expected.get());
      assertThat(aCase.state()).isEqualTo(expected.get());
      assertThat(aCase.history()).hasSize(before + 1).last().isEqualTo(recorded);
    } else {
      assertThat(Journey.next(from, event)).isEmpty();
      int before = aCase.history().size();
      Refusal refusal =
          catchThrowableOfType(Refusal.class, () -> aCase.record(request, "tester", NOW));
      assertThat(refusal).as("%s from %s must be refused", event, from).isNotNull();
      assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
      assertMessageNamesStateAndAllowedEvents(refusal.getMessage(), from);
      assertThat(aCase.state()).isEqualTo(from);
      assertThat(aCase.history()).hasSize(before);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void should_list_the_allowed_events_of_each_state_in_journey_order(CaseState state) {
    assertThat(Journey.allowedFrom(state))
        .containsExactlyElementsOf(ExpectedJourney.allowedFrom(state));
  }

  static Stream<CaseState> states() {
    return Arrays.stream(CaseState.values());
  }

  @Test
  void should_offer_re_apheresis_then_out_of_spec_then_withdrawal_after_a_failure() {
    assertThat(Journey.allowedFrom(CaseState.MANUFACTURING_FAILED))
        .containsExactly(
            CaseEventType.APHERESIS_SCHEDULED,
            CaseEventType.OUT_OF_SPEC_ACCEPTED,
            CaseEventType.WITHDRAWN);
  }

  @Test
  void should_never_accept_a_referral_through_record() {
    for (CaseState state : CaseState.values()) {
      assertThat(Journey.next(state, CaseEventType.REFERRED)).as("%s", state).isEmpty();
    }
  }

  private static void assertMessageNamesStateAndAllowedEvents(String message, CaseState from) {
    assertThat(message).containsPattern("\\bstate " + from + "\\b");
    int listStart = message.indexOf("Allowed next events");
    assertThat(listStart).as("message lists the allowed events: %s", message).isNotNegative();
    Set<String> listed = new TreeSet<>();
    Matcher names = NAME.matcher(message.substring(listStart));
    while (names.find()) {
      listed.add(names.group());
    }
    Set<String> expected = new TreeSet<>();
    ExpectedJourney.allowedFrom(from).forEach(event -> expected.add(event.name()));
    assertThat(listed).as("events listed in: %s", message).isEqualTo(expected);
    if (expected.isEmpty()) {
      assertThat(message.substring(listStart)).contains("none");
    }
  }
}
