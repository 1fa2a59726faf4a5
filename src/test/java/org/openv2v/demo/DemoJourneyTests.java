package org.openv2v.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Journey;
import tools.jackson.databind.json.JsonMapper;

class DemoJourneyTests {

  private static final DemoCaseFile FILE = read();

  static Stream<DemoCaseFile.DemoCase> demoCases() {
    return FILE.cases().stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("demoCases")
  void should_walk_each_demo_case_through_allowed_steps_to_its_state(DemoCaseFile.DemoCase demo) {
    List<DemoJourney.Step> steps = DemoJourney.stepsTo(demo);

    CaseState state = CaseState.REFERRED;
    for (DemoJourney.Step step : steps) {
      CaseState from = state;
      state =
          Journey.next(from, step.type())
              .orElseThrow(
                  () ->
                      new AssertionError(
                          step.type() + " is not allowed from " + from + " for " + demo));
      assertThat(step.daysAfterPrevious()).as("days before %s", step.type()).isNotNegative();
    }
    assertThat(state).isEqualTo(demo.journeyTo());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("demoCases")
  void should_take_each_demo_path_the_way_its_flags_say(DemoCaseFile.DemoCase demo) {
    List<CaseEventType> types =
        DemoJourney.stepsTo(demo).stream().map(DemoJourney.Step::type).toList();
    boolean failed = types.contains(CaseEventType.MANUFACTURING_FAILED);
    boolean outOfSpec = types.contains(CaseEventType.OUT_OF_SPEC_ACCEPTED);
    long collections = types.stream().filter(CaseEventType.APHERESIS_COLLECTED::equals).count();

    assertThat(outOfSpec).isEqualTo(demo.outOfSpecAccepted());
    if (failed) {
      assertThat(demo.manufacturingFails() || demo.outOfSpecAccepted()).isTrue();
    }
    if (demo.manufacturingFails()
        && !demo.outOfSpecAccepted()
        && Set.of(CaseState.IN_MANUFACTURING, CaseState.RELEASED, CaseState.INFUSED)
            .contains(demo.journeyTo())) {
      assertThat(collections).as("re-apheresis after a failure").isEqualTo(2);
    }
    assertThat(types).doesNotContain(CaseEventType.REFERRED);
  }

  @Test
  void should_cover_every_case_state_in_the_demo_file() {
    Set<CaseState> covered =
        demoCases()
            .map(DemoCaseFile.DemoCase::journeyTo)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));

    assertThat(covered).containsExactlyInAnyOrder(CaseState.values());
  }

  @Test
  void should_give_every_withdrawn_demo_case_a_reason() {
    assertThat(demoCases().filter(demo -> demo.journeyTo() == CaseState.WITHDRAWN))
        .isNotEmpty()
        .allSatisfy(demo -> assertThat(demo.withdrawalReason()).isNotNull());
  }

  @Test
  void should_reach_a_failed_manufacture_in_the_demo_through_a_failure_step() {
    DemoCaseFile.DemoCase failed =
        demoCases()
            .filter(demo -> demo.journeyTo() == CaseState.MANUFACTURING_FAILED)
            .findFirst()
            .orElseThrow();

    assertThat(DemoJourney.stepsTo(failed))
        .extracting(DemoJourney.Step::type)
        .containsExactly(
            CaseEventType.ELIGIBILITY_CONFIRMED,
            CaseEventType.PAYER_APPROVED,
            CaseEventType.APHERESIS_SCHEDULED,
            CaseEventType.APHERESIS_COLLECTED,
            CaseEventType.SHIPPED_TO_MANUFACTURER,
            CaseEventType.MANUFACTURING_STARTED,
            CaseEventType.MANUFACTURING_FAILED);
  }

  private static DemoCaseFile read() {
    try (InputStream in = DemoJourneyTests.class.getResourceAsStream("/demo/cases.json")) {
      assertThat(in).as("demo/cases.json on the classpath").isNotNull();
      return JsonMapper.builder().findAndAddModules().build().readValue(in, DemoCaseFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
