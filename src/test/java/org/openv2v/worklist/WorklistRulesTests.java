package org.openv2v.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.safety.domain.FollowUpKind;
import org.openv2v.worklist.domain.CustodyExpectations;
import org.openv2v.worklist.domain.FollowUpCodes;
import org.openv2v.worklist.domain.MissingSignature;
import org.openv2v.worklist.domain.Party;
import org.openv2v.worklist.domain.PipelineStage;
import org.openv2v.worklist.domain.SignatureDue;
import org.openv2v.worklist.domain.SignedStep;
import org.openv2v.worklist.domain.Waiting;

/** The rules that turn a case's state and ledger into tasks, without a database. */
class WorklistRulesTests {

  private static final String MAKER = "US-NVS-MP";
  private static final String CENTRE = "KR-SNUH";

  private static List<String> missing(CaseState state, SignedStep... ledger) {
    return CustodyExpectations.missing(state, List.of(ledger), MAKER).stream()
        .map(m -> m.step().name())
        .toList();
  }

  @ParameterizedTest(name = "{0} with an empty ledger lacks {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "REFERRED;",
        "PAYER_APPROVED;",
        "APHERESIS_SCHEDULED;",
        "APHERESIS_COLLECTED;COLLECTED",
        "SHIPPED_TO_MANUFACTURER;COLLECTED HANDED_TO_COURIER",
        "IN_MANUFACTURING;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER",
        "MANUFACTURING_FAILED;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER",
        "RELEASED;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER RELEASED",
        "SHIPPED_TO_SITE;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER RELEASED SHIPPED",
        "LYMPHODEPLETION;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER RELEASED SHIPPED"
            + " RECEIVED_AT_SITE",
        "FOLLOW_UP;COLLECTED HANDED_TO_COURIER RECEIVED_BY_MANUFACTURER RELEASED SHIPPED"
            + " RECEIVED_AT_SITE INFUSED",
        "CLOSED;",
        "WITHDRAWN;"
      })
  void should_ask_for_every_step_the_journey_passed(CaseState state, String expected) {
    List<String> steps = expected == null ? List.of() : List.of(expected.split(" "));
    assertThat(missing(state)).containsExactlyElementsOf(steps);
  }

  @Test
  void should_ask_for_nothing_when_every_step_is_signed() {
    assertThat(
            missing(
                CaseState.MONITORING,
                new SignedStep(CustodyStep.COLLECTED, CENTRE),
                new SignedStep(CustodyStep.HANDED_TO_COURIER, "KR-COURIER"),
                new SignedStep(CustodyStep.RECEIVED_BY_MANUFACTURER, MAKER),
                new SignedStep(CustodyStep.RELEASED, MAKER),
                new SignedStep(CustodyStep.SHIPPED, "KR-COURIER"),
                new SignedStep(CustodyStep.RECEIVED_AT_SITE, CENTRE),
                new SignedStep(CustodyStep.THAWED, CENTRE),
                new SignedStep(CustodyStep.INFUSED, CENTRE)))
        .isEmpty();
  }

  @Test
  void should_read_a_handover_at_the_manufacturer_as_the_return_shipment_not_the_outbound() {
    SignedStep atMaker = new SignedStep(CustodyStep.HANDED_TO_COURIER, MAKER);
    assertThat(
            missing(
                CaseState.SHIPPED_TO_SITE,
                new SignedStep(CustodyStep.COLLECTED, CENTRE),
                new SignedStep(CustodyStep.RECEIVED_BY_MANUFACTURER, MAKER),
                new SignedStep(CustodyStep.RELEASED, MAKER),
                atMaker))
        .containsExactly("HANDED_TO_COURIER");
  }

  @Test
  void should_mark_only_the_step_into_the_current_state_as_latest_and_name_its_signer() {
    List<MissingSignature> found =
        CustodyExpectations.missing(CaseState.RECEIVED_AT_SITE, List.of(), MAKER);
    assertThat(found)
        .filteredOn(MissingSignature::latest)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.step()).isEqualTo(CustodyStep.RECEIVED_AT_SITE);
              assertThat(m.signer()).isEqualTo(Party.TEAM);
            });
    assertThat(found)
        .filteredOn(m -> m.step() == CustodyStep.RELEASED)
        .singleElement()
        .extracting(MissingSignature::signer)
        .isEqualTo(Party.MANUFACTURER);
  }

  @ParameterizedTest(name = "latest={0}, entered {1} h ago, grace 24 h: overdue={2}")
  @CsvSource({"true,2,false", "true,23,false", "true,25,true", "false,1,true", "false,0,true"})
  void should_give_the_latest_step_a_grace_period_and_earlier_ones_none(
      boolean latest, long hoursAgo, boolean overdue) {
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    MissingSignature missing =
        new MissingSignature(
            CustodyStep.RECEIVED_AT_SITE, CaseState.RECEIVED_AT_SITE, Party.TEAM, latest);
    assertThat(
            SignatureDue.overdue(
                missing, now.minus(Duration.ofHours(hoursAgo)), now, Duration.ofHours(24)))
        .isEqualTo(overdue);
  }

  @ParameterizedTest(name = "{0} waits on {1}")
  @CsvSource({
    "ELIGIBILITY_CONFIRMED,PAYER",
    "SHIPPED_TO_MANUFACTURER,COURIER",
    "IN_MANUFACTURING,MANUFACTURER",
    "RELEASED,MANUFACTURER",
    "SHIPPED_TO_SITE,COURIER",
    "REFERRED,",
    "PAYER_APPROVED,",
    "RECEIVED_AT_SITE,",
    "FOLLOW_UP,"
  })
  void should_say_whom_a_case_waits_on(CaseState state, Party party) {
    assertThat(Waiting.on(state).orElse(null)).isEqualTo(party);
  }

  @Test
  void should_put_every_open_state_in_one_column_in_journey_order_and_ended_ones_in_none() {
    for (CaseState state : CaseState.values()) {
      assertThat(PipelineStage.of(state).isPresent()).as(state.name()).isEqualTo(!state.isEnded());
    }
    assertThat(PipelineStage.of(CaseState.REFERRED)).contains(PipelineStage.INTAKE);
    assertThat(PipelineStage.of(CaseState.MANUFACTURING_FAILED))
        .contains(PipelineStage.MANUFACTURING);
    assertThat(PipelineStage.of(CaseState.INFUSED)).contains(PipelineStage.RETURN_AND_INFUSION);
    assertThat(PipelineStage.of(CaseState.FOLLOW_UP)).contains(PipelineStage.AFTER_INFUSION);
  }

  @Test
  void should_have_words_in_both_languages_for_every_code_the_home_puts_into_words()
      throws java.io.IOException {
    for (String file : List.of("messages.properties", "messages_ko.properties")) {
      java.util.Properties bundle = new java.util.Properties();
      try (var in =
          java.nio.file.Files.newBufferedReader(
              java.nio.file.Path.of("src/main/resources/worklist", file))) {
        bundle.load(in);
      }
      Set<String> keys = bundle.stringPropertyNames();
      Arrays.stream(TaskKind.values())
          .forEach(k -> assertThat(keys).contains("worklist.task." + k));
      Arrays.stream(Party.values()).forEach(p -> assertThat(keys).contains("worklist.party." + p));
      Arrays.stream(PipelineStage.values())
          .forEach(s -> assertThat(keys).contains("worklist.stage." + s));
      Arrays.stream(org.openv2v.alerts.AlertKind.values())
          .forEach(k -> assertThat(keys).contains("worklist.alert." + k));
      Arrays.stream(org.openv2v.alerts.Severity.values())
          .forEach(k -> assertThat(keys).contains("worklist.severity." + k));
      Arrays.stream(FollowUpKind.values())
          .filter(k -> !k.isPeriod())
          .forEach(k -> assertThat(keys).contains("worklist.followUp." + k));
      for (CaseState state : CaseState.values()) {
        CustodyExpectations.missing(state, List.of(), MAKER)
            .forEach(m -> assertThat(keys).contains("worklist.step." + m.step()));
      }
    }
  }

  @Test
  void should_know_the_same_periods_as_the_follow_up_schedule() {
    Set<String> periods =
        Arrays.stream(FollowUpKind.values())
            .filter(FollowUpKind::isPeriod)
            .map(Enum::name)
            .collect(Collectors.toSet());
    assertThat(FollowUpCodes.PERIODS).isEqualTo(periods);
    assertThat(FollowUpCodes.OUTCOME_REPORTS)
        .allSatisfy(code -> assertThat(FollowUpKind.valueOf(code)).isNotNull());
    assertThat(FollowUpCodes.isTask("DAILY_CHECK")).isTrue();
    assertThat(FollowUpCodes.isTask("NO_DRIVING")).isFalse();
  }
}
