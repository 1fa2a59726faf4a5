package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PSA is reproducible by seed and independent of threads; its summaries behave. */
class ProbabilisticAnalysisTests {

  static final Scenario KOREA =
      new Scenario(BuiltInModels.load("korea-tisacel-dlbcl"), Optional.empty());

  @Test
  void should_repeat_exactly_with_the_same_seed_whatever_the_threads() {
    ProbabilisticAnalysis.Result sequential =
        ProbabilisticAnalysis.run(KOREA, 300, 42, false, p -> {});
    ProbabilisticAnalysis.Result parallel =
        ProbabilisticAnalysis.run(KOREA, 300, 42, true, p -> {});
    assertThat(parallel.costs()).isDeepEqualTo(sequential.costs());
    assertThat(parallel.qalys()).isDeepEqualTo(sequential.qalys());
    ProbabilisticAnalysis.Result other = ProbabilisticAnalysis.run(KOREA, 300, 43, true, p -> {});
    assertThat(other.costs()[0][0]).isNotEqualTo(sequential.costs()[0][0]);
  }

  @Test
  void should_centre_on_the_base_case_and_vary() {
    ProbabilisticAnalysis.Result psa = ProbabilisticAnalysis.run(KOREA, 1000, 7, true, p -> {});
    ScenarioResult base = KOREA.evaluate();
    double meanQalys = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : psa.qalys()) {
      meanQalys += row[0] / psa.qalys().length;
      min = Math.min(min, row[0]);
      max = Math.max(max, row[0]);
    }
    assertThat(meanQalys).isCloseTo(base.arms().get(0).qalys(), within(0.1));
    assertThat(max - min).isGreaterThan(0.5);
  }

  @Test
  void should_raise_the_acceptability_with_willingness_to_pay_and_report_evpi() {
    Analysis analysis = Analysis.run(KOREA, 500, 3, p -> {});
    int tisacel = 0;
    double first = analysis.acceptability().get(0).probabilityCostEffective()[tisacel];
    double last =
        analysis.acceptability().get(Analysis.WTP_STEPS).probabilityCostEffective()[tisacel];
    assertThat(first).isZero();
    assertThat(last).isGreaterThan(0.9);
    assertThat(analysis.acceptability())
        .allSatisfy(p -> assertThat(p.evpi()).isGreaterThanOrEqualTo(0));
    assertThat(analysis.tornado()).isNotEmpty();
    assertThat(analysis.tornado().get(0).swing())
        .isGreaterThanOrEqualTo(analysis.tornado().get(1).swing());
  }
}
