package org.openv2v.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.cases.domain.CaseState;

/** Infusion beds at a centre in the forward simulation: a chair opened never makes things worse. */
class InfusionBedsTests {

  /** Twelve cases ready for infusion within days, all at one centre. */
  static List<QueuedCase> readyAtOneCentre() {
    List<QueuedCase> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(
          ForwardSimulationTests.inState(
              new UUID(1, i),
              i % 2 == 0 ? CaseState.LYMPHODEPLETION : CaseState.RECEIVED_AT_SITE,
              1));
    }
    return cases;
  }

  static Map<UUID, String> atSnuh(List<QueuedCase> cases) {
    Map<UUID, String> centreOf = new HashMap<>();
    cases.forEach(c -> centreOf.put(c.id(), "KR-SNUH"));
    return centreOf;
  }

  static ForwardSimulation simulation(List<QueuedCase> cases) {
    return new ForwardSimulation(
        cases,
        Map.of("Q", ForwardSimulationTests.queue(1, 1, 1)),
        ForwardSimulationTests.PATHWAY,
        78);
  }

  static double meanInfused(List<ForwardSimulation.Totals> totals) {
    return totals.stream().mapToInt(ForwardSimulation.Totals::infused).average().orElseThrow();
  }

  @Test
  void beds_enough_for_everyone_change_nothing() {
    List<QueuedCase> cases = readyAtOneCentre();
    var free = simulation(cases).run(200, 3, 2);
    var plenty =
        simulation(cases)
            .withInfusionBeds(
                atSnuh(cases), Map.of("KR-SNUH", new InfusionBeds(0, new int[] {50}, 50)))
            .run(200, 3, 2);
    assertThat(plenty).isEqualTo(free);
  }

  @Test
  void one_bed_a_week_spreads_the_infusions_and_a_chair_opened_brings_them_forward() {
    List<QueuedCase> cases = readyAtOneCentre();
    ForwardSimulation oneBed =
        simulation(cases)
            .withInfusionBeds(atSnuh(cases), Map.of("KR-SNUH", new InfusionBeds(0, new int[0], 1)));
    ForwardSimulation twoBeds =
        simulation(cases)
            .withInfusionBeds(atSnuh(cases), Map.of("KR-SNUH", new InfusionBeds(0, new int[0], 2)));
    // Twelve cases, one bed a week: the last is infused about eleven weeks on
    var last = ForwardSimulationTests.of(new UUID(1, 11), oneBed.run(300, 5, 2));
    assertThat(last.p50Day()).isGreaterThan(50);
    var lastWithTwo = ForwardSimulationTests.of(new UUID(1, 11), twoBeds.run(300, 5, 2));
    assertThat(lastWithTwo.p50Day()).isLessThan(last.p50Day() - 20);
    // Within 30 days: about 4-5 infusions with one bed, about twice as many with two
    double one = meanInfused(oneBed.totals(300, 5, 2, 30));
    double two = meanInfused(twoBeds.totals(300, 5, 2, 30));
    double unlimited = meanInfused(simulation(cases).totals(300, 5, 2, 30));
    assertThat(one).isBetween(3.0, 6.0);
    assertThat(two).isGreaterThan(one + 2);
    assertThat(unlimited).isGreaterThanOrEqualTo(two);
  }

  @Test
  void cases_at_other_centres_are_not_held_up() {
    List<QueuedCase> cases = readyAtOneCentre();
    Map<UUID, String> centreOf = atSnuh(cases);
    UUID elsewhere = new UUID(1, 11);
    centreOf.put(elsewhere, "KR-SMC");
    var free = ForwardSimulationTests.of(elsewhere, simulation(cases).run(300, 5, 2));
    var held =
        ForwardSimulationTests.of(
            elsewhere,
            simulation(cases)
                .withInfusionBeds(centreOf, Map.of("KR-SNUH", new InfusionBeds(0, new int[0], 1)))
                .run(300, 5, 2));
    assertThat(held).isEqualTo(free);
  }
}
