package org.openv2v.simulation.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * The trial scenarios reproduce the published attrition between leukapheresis and infusion
 * (evidence §1.1): each trial's simulated never-infused fraction lies in the exact
 * (Clopper–Pearson) 95% interval of its count — the trials the hazard was calibrated on and, more
 * tellingly, the ones it was not (validation). Manufacturing failures and times to infusion match
 * too.
 */
class CalibrationTests {

  private static final Map<String, Calibration.Row> RUNS = new ConcurrentHashMap<>();

  private static Calibration.Row row(String scenario) {
    return RUNS.computeIfAbsent(
        scenario,
        name ->
            Calibration.run(BuiltInScenarios.load(name, ReferenceVocabulary.get()), 5, 20, 11, 2));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "trial-transcend",
        "trial-juliet",
        "trial-zuma1",
        "trial-eliana",
        "trial-ensign",
        "trial-karmma",
        "trial-cartitude1",
        "trial-cilta-us-soc",
        "trial-zuma2"
      })
  void each_trial_falls_in_its_published_interval(String scenario) {
    Calibration.Row row = row(scenario);

    assertThat(row.model().mean()).isBetween(row.targetLower(), row.targetUpper());
    assertThat(row.withinTarget()).isTrue();
    NetworkScenario.Trial trial = row.trial();
    if (trial.manufacturingFailures() >= 0) {
      double[] failures =
          Calibration.clopperPearson(trial.manufacturingFailures(), trial.enrolled());
      assertThat(row.modelManufacturingFailure()).isBetween(failures[0], failures[1]);
    }
  }

  @ParameterizedTest(name = "{0} is calibrated to {1}/{2}")
  @CsvSource({"trial-transcend, 50, 344", "trial-eliana, 17, 92", "trial-zuma2, 6, 74"})
  void a_hazard_calibrated_on_one_trial_reproduces_its_point_value(
      String scenario, int notInfused, int enrolled) {
    assertThat(row(scenario).model().mean())
        .isCloseTo((double) notInfused / enrolled, within(0.01));
  }

  @Test
  void the_myeloma_hazard_reproduces_karmma_and_cartitude_pooled() {
    Calibration.Row karmma = row("trial-karmma");
    Calibration.Row cartitude = row("trial-cartitude1");
    double pooled = (140 * karmma.model().mean() + 113 * cartitude.model().mean()) / 253;
    assertThat(pooled).isCloseTo(28.0 / 253, within(0.01));
  }

  @Test
  void every_trial_scenario_says_what_it_is_used_for_and_only_calibration_trials_set_the_hazard() {
    List<NetworkScenario> trials = Calibration.trialScenarios(ReferenceVocabulary.get());
    assertThat(trials).hasSize(9);
    assertThat(trials)
        .allSatisfy(
            s -> {
              assertThat(s.trial().use()).isIn("calibration", "validation");
              assertThat(s.trial().source()).isNotBlank();
              String indication = s.arrivals().get(0).indication();
              // No trial scenario carries its own hazard: all use the indication's default.
              assertThat(s.hazards().get(indication))
                  .isEqualTo(IndicationDefaults.get().hazards(indication));
            });
    assertThat(trials.stream().filter(s -> s.trial().use().equals("validation")))
        .extracting(s -> s.trial().name())
        .containsExactly("JULIET", "ZUMA-1", "ENSIGN", "US cilta-cel standard of care");
  }

  @ParameterizedTest
  @CsvSource({"trial-juliet, 54", "trial-zuma1, 24", "trial-transcend, 36", "trial-eliana, 43"})
  void trial_scenarios_reproduce_the_median_time_to_infusion(String scenario, double medianDays) {
    assertThat(row(scenario).medianDaysToInfusion()).isCloseTo(medianDays, within(2.0));
  }

  @Test
  void clopper_pearson_matches_the_published_interval_for_juliet() {
    double[] interval = Calibration.clopperPearson(50, 165);
    assertThat(interval[0]).isCloseTo(0.234, within(0.001));
    assertThat(interval[1]).isCloseTo(0.379, within(0.001));
  }
}
