package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.Discounting;

/**
 * The structural rules of intention to treat (issue 12 item 2) and the wait–outcome link (item 1),
 * patient by patient from a simulator's patients.csv.
 */
class IttStructureTests {

  static final String HEADER =
      "replication,patient,indication,product,ageYears,sex,referralDay,outcome,outcomeDay,"
          + "apheresisDay,waitDays,veinToVeinDays\n";

  final ModelSpec spec = BuiltInModels.load("korea-tisacel-dlbcl");

  /** A simulation directory whose patients are all alike. */
  static Path simulation(Path dir, String outcome, double waitDays, int patients)
      throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= patients; i++) {
      csv.append(
          "1,%d,DLBCL,tisa-cel,56,%s,%d.000,%s,%.3f,,%.3f,\n"
              .formatted(i, i % 3 == 0 ? "FEMALE" : "MALE", i, outcome, i + waitDays, waitDays));
    }
    Files.writeString(dir.resolve("patients.csv"), csv.toString());
    Files.writeString(dir.resolve("summary.json"), "{\"patientsFile\": \"patients.csv\"}");
    return dir;
  }

  ScenarioResult evaluate(Path dir, double hazardRatio) {
    Scenario scenario = new Scenario(spec, Optional.of(SimulationSummary.read(dir)));
    double[] v = spec.baseValues();
    v[spec.itt().orElseThrow().hazardRatioPer30Days().index()] = hazardRatio;
    return scenario.evaluate(v, false);
  }

  @Test
  void should_count_the_time_before_infusion_once_and_start_survival_at_infusion(@TempDir Path dir)
      throws IOException {
    ScenarioResult r = evaluate(simulation(dir, "INFUSED", 40, 6), 1);
    ArmOutcome itt = r.arm("tisa-cel");
    ArmOutcome treated = r.perTreated().get(0);
    double wait = 40 / 365.25;
    assertThat(itt.lysUndiscounted()).isCloseTo(wait + treated.lysUndiscounted(), within(1e-9));
    double rate = spec.effectDiscount().of(spec.baseValues());
    assertThat(itt.lys())
        .isCloseTo(
            Discounting.flow(rate, 0, wait) + Discounting.factor(rate, wait) * treated.lys(),
            within(1e-9));
    assertThat(r.itt().orElseThrow().fractionInfused()).isEqualTo(1);
    assertThat(r.itt().orElseThrow().patients()).isEqualTo(6);
  }

  @Test
  void should_give_a_patient_who_dies_waiting_nothing_after_death(@TempDir Path dir)
      throws IOException {
    ScenarioResult r = evaluate(simulation(dir, "DEATH", 25, 4), 1.3);
    ArmOutcome itt = r.arm("tisa-cel");
    ArmOutcome treated = r.perTreated().get(0);
    assertThat(itt.lysUndiscounted()).isCloseTo(25 / 365.25, within(1e-12));
    assertThat(itt.qalys()).isLessThan(25 / 365.25);
    // What was spent before leaving, and terminal care; no drug, no salvage therapy.
    assertThat(itt.cost(CostCategory.DRUG)).isZero();
    assertThat(itt.cost(CostCategory.TERMINAL_CARE)).isPositive().isLessThan(10_000_001);
    assertThat(itt.costs() - itt.cost(CostCategory.TERMINAL_CARE))
        .isCloseTo(ArmOutcome.sum(treated.ifWithdrawn()), within(1e-3));
  }

  @Test
  void should_give_those_withdrawn_by_progression_the_salvage_pathway_from_withdrawal(
      @TempDir Path dir) throws IOException {
    ScenarioResult r = evaluate(simulation(dir, "PROGRESSION", 30, 3), 1);
    ArmOutcome itt = r.arm("tisa-cel");
    ArmOutcome chemo = r.arm("salvage-chemo");
    double t = 30 / 365.25;
    assertThat(itt.lysUndiscounted()).isCloseTo(t + chemo.lysUndiscounted(), within(1e-9));
    double rate = spec.costDiscount().of(spec.baseValues());
    assertThat(itt.costs())
        .isCloseTo(
            ArmOutcome.sum(r.perTreated().get(0).ifWithdrawn())
                + Discounting.factor(rate, t) * chemo.costs(),
            within(1e-3));
  }

  @Test
  void should_give_ineligible_and_refused_patients_the_comparator_from_referral(@TempDir Path dir)
      throws IOException {
    ScenarioResult r = evaluate(simulation(dir, "INELIGIBLE", 12, 3), 1.2);
    assertThat(r.arm("tisa-cel").qalys()).isCloseTo(r.arm("salvage-chemo").qalys(), within(1e-12));
    assertThat(r.arm("tisa-cel").costs()).isCloseTo(r.arm("salvage-chemo").costs(), within(1e-6));
    assertThat(r.comparison().qalys()).isCloseTo(0, within(1e-12));
  }

  @Test
  void should_equal_the_previous_model_with_the_link_at_zero() {
    // Per treated patient, the previous model (before issue 12) gave these, to the last digit, on
    // today's data: KOSTAT's 2018 life table and the HIRA unit costs (with the fitted life table
    // and inline costs it gave 304,182,757.4476 KRW, 4.802759 QALY, 5.996010 LY).
    double[] v = spec.baseValues();
    int hr = spec.itt().orElseThrow().hazardRatioPer30Days().index();
    v[hr] = 1;
    Scenario scenario = new Scenario(spec, Optional.empty());
    ScenarioResult linkless = scenario.evaluate(v, false);
    ArmOutcome treated = linkless.perTreated().get(0);
    assertThat(treated.costs()).isCloseTo(304_307_191.6756995, within(1e-4));
    assertThat(treated.qalys()).isCloseTo(4.817424695952797, within(1e-12));
    assertThat(treated.lys()).isCloseTo(6.014174053476606, within(1e-12));
    // Per referred patient: a link of zero is the model without a link, at every wait.
    String text =
        BuiltInModels.text("korea-tisacel-dlbcl")
            .orElseThrow()
            .replaceAll("(?s)  waitOutcomeLink:.*?(?=\\nbudget:)", "");
    ModelSpec withoutLink = ModelLoader.load(text, "without-link.yaml");
    assertThat(withoutLink.itt().orElseThrow().hazardRatioPer30Days().of(withoutLink.baseValues()))
        .isEqualTo(1);
    for (double days : new double[] {10, 54, 120}) {
      v[spec.itt().orElseThrow().veinToVeinDays().index()] = days;
      double[] w = withoutLink.baseValues();
      w[withoutLink.itt().orElseThrow().veinToVeinDays().index()] = days;
      ScenarioResult a = scenario.evaluate(v, false);
      ScenarioResult b = new Scenario(withoutLink, Optional.empty()).evaluate(w, false);
      assertThat(a.arm("tisa-cel").qalys()).isEqualTo(b.arm("tisa-cel").qalys());
      assertThat(a.arm("tisa-cel").costs()).isEqualTo(b.arm("tisa-cel").costs());
      assertThat(a.arm("tisa-cel").lys()).isEqualTo(b.arm("tisa-cel").lys());
    }
  }

  @Test
  void should_lower_post_infusion_survival_with_a_longer_wait_through_the_link(@TempDir Path dir)
      throws IOException {
    double reference = spec.itt().orElseThrow().referenceWaitDays().of(spec.baseValues());
    // Infused at the reference wait: the arm as calibrated.
    ScenarioResult atReference =
        evaluate(simulation(dir.resolve("a"), "INFUSED", reference, 2), 1.10);
    ScenarioResult unlinked = evaluate(dir.resolve("a"), 1);
    assertThat(atReference.arm("tisa-cel").qalys())
        .isCloseTo(unlinked.arm("tisa-cel").qalys(), within(1e-12));
    // Infused later: worse than without the link; earlier: better.
    ScenarioResult late = evaluate(simulation(dir.resolve("b"), "INFUSED", 114, 2), 1.10);
    ScenarioResult lateUnlinked = evaluate(dir.resolve("b"), 1);
    assertThat(late.arm("tisa-cel").qalys()).isLessThan(lateUnlinked.arm("tisa-cel").qalys());
    ScenarioResult early = evaluate(simulation(dir.resolve("c"), "INFUSED", 14, 2), 1.10);
    ScenarioResult earlyUnlinked = evaluate(dir.resolve("c"), 1);
    assertThat(early.arm("tisa-cel").qalys()).isGreaterThan(earlyUnlinked.arm("tisa-cel").qalys());
  }

  @Test
  void should_evaluate_the_hand_written_patients_one_by_one() throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/economics/simulation-patients").toURI());
    SimulationSummary simulation = SimulationSummary.read(dir);
    assertThat(simulation.patients()).hasSize(9);
    ScenarioResult r = new Scenario(spec, Optional.of(simulation)).evaluate();
    IttInputs itt = r.itt().orElseThrow();
    // 8 left the pathway (one still waiting is left out); 4 infused after 40, 70, 29, 60 days.
    assertThat(itt.patients()).isEqualTo(8);
    assertThat(itt.stillWaiting()).isEqualTo(1);
    assertThat(itt.fractionInfused()).isEqualTo(0.5);
    assertThat(itt.waitDays()).isCloseTo((40 + 70 + 29 + 60) / 4.0, within(1e-9));
    assertThat(itt.origin()).endsWith("patients.csv");
    assertThat(r.arm("tisa-cel").qalys())
        .isGreaterThan(r.arm("salvage-chemo").qalys())
        .isLessThan(r.perTreated().get(0).qalys());
  }

  @Test
  void should_refuse_a_patients_file_with_a_bad_row(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("summary.json"), "{}");
    Files.writeString(
        dir.resolve("patients.csv"), HEADER + "1,1,DLBCL,tisa-cel,56,MALE,0,CURED,1,,1,\n");
    assertThatThrownBy(() -> SimulationSummary.read(dir))
        .hasMessageContaining("patients.csv patient row 1, column outcome");
    Files.writeString(
        dir.resolve("patients.csv"), HEADER + "1,1,DLBCL,tisa-cel,56,MALE,0,DEATH,1,,soon,\n");
    assertThatThrownBy(() -> SimulationSummary.read(dir))
        .hasMessageContaining("column waitDays: must be a number, was soon");
  }
}
