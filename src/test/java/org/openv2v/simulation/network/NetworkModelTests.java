package org.openv2v.simulation.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.reference.ReferenceVocabulary;

class NetworkModelTests {

  private static NetworkScenario scenario(String name) {
    return BuiltInScenarios.load(name, ReferenceVocabulary.get());
  }

  @Test
  void littles_law_holds_in_the_models_own_statistics() {
    NetworkSummary summary = NetworkExperiment.run(scenario("korea-2023"), 20, 8, 5, 2, n -> {});
    NetworkSummary.LittlesLaw little = summary.littlesLaw();
    assertThat(little.meanInPathway()).isGreaterThan(5);
    assertThat(little.lambdaW())
        .isCloseTo(little.meanInPathway(), within(0.02 * little.meanInPathway()));
  }

  @Test
  void every_referred_patient_is_infused_withdrawn_or_still_waiting() {
    NetworkSummary s = NetworkExperiment.run(scenario("korea-2023"), 5, 6, 8, 2, n -> {});
    double withdrawn = s.withdrawn().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(s.infused() + withdrawn + s.censored()).isCloseTo(s.referred(), within(1e-9));
    assertThat(s.referred() / s.years()).isCloseTo(200, within(10.0));
  }

  @Test
  void same_seed_gives_a_byte_identical_summary_whatever_the_threads() {
    NetworkScenario korea = scenario("korea-2023");
    String oneThread = Json.write(NetworkExperiment.run(korea, 3, 9, 42, 1, n -> {}).toJson());
    String threeThreads = Json.write(NetworkExperiment.run(korea, 3, 9, 42, 3, n -> {}).toJson());
    assertThat(threeThreads).isEqualTo(oneThread);
    assertThat(Json.write(NetworkExperiment.run(korea, 3, 9, 43, 3, n -> {}).toJson()))
        .isNotEqualTo(oneThread);
  }

  @Test
  void slots_below_demand_lengthen_the_wait_and_cost_patients() {
    NetworkScenario korea = scenario("korea-2023");
    Variation slots = Variation.parse("slotsPerWeek=2,8");
    NetworkSummary scarce = NetworkExperiment.run(slots.apply(korea, 2), 5, 10, 1, 2, n -> {});
    NetworkSummary ample = NetworkExperiment.run(slots.apply(korea, 8), 5, 10, 1, 2, n -> {});
    assertThat(scarce.veinToVein().p50()).isGreaterThan(ample.veinToVein().p50() + 3);
    assertThat(scarce.fractionInfused().upper()).isLessThan(ample.fractionInfused().lower());
    assertThat(scarce.utilization().get("manufacturing:US-NVS-MP"))
        .isGreaterThan(ample.utilization().get("manufacturing:US-NVS-MP"));
  }

  @Test
  void outpatient_infusion_frees_beds() {
    NetworkSummary inpatient = NetworkExperiment.run(scenario("korea-2023"), 5, 6, 2, 2, n -> {});
    NetworkSummary outpatient =
        NetworkExperiment.run(scenario("korea-outpatient"), 5, 6, 2, 2, n -> {});
    assertThat(outpatient.utilization().get("beds:KR-SNUH"))
        .isLessThan(inpatient.utilization().get("beds:KR-SNUH"));
    assertThat(outpatient.infusedOutpatient()).isGreaterThan(0.4 * outpatient.infused());
  }

  @Test
  void without_waiting_risks_nobody_progresses_or_dies() {
    NetworkScenario korea = scenario("korea-2023");
    java.util.Map<String, NetworkScenario.Hazards> none = new java.util.HashMap<>();
    korea.hazards().keySet().forEach(k -> none.put(k, new NetworkScenario.Hazards(0, 0, 1)));
    NetworkScenario safe =
        new NetworkScenario(
            "safe",
            "",
            korea.product(),
            korea.warmupDays(),
            korea.regions(),
            korea.centres(),
            korea.arrivals(),
            none,
            korea.pathway(),
            korea.manufacturing(),
            korea.infusion());
    NetworkSummary s = NetworkExperiment.run(safe, 3, 4, 1, 2, n -> {});
    assertThat(s.withdrawn().get(Withdrawal.DEATH)).isZero();
    assertThat(s.withdrawn().get(Withdrawal.PROGRESSION)).isZero();
    assertThat(s.withdrawn().get(Withdrawal.INELIGIBLE)).isPositive();
  }
}
