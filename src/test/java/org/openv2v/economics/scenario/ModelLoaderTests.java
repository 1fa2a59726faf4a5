package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Model files load, and a wrong one is refused with its line and field. */
class ModelLoaderTests {

  static String minimal() {
    try (InputStream in =
        ModelLoaderTests.class.getResourceAsStream("/economics/minimal-model.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void should_load_a_minimal_model_and_inherit_its_source() {
    ModelSpec spec = ModelLoader.load(minimal(), "minimal.yaml");
    assertThat(spec.armNames()).containsExactly("new", "standard");
    assertThat(spec.intervention()).isEqualTo("new");
    assertThat(spec.parameters())
        .filteredOn(p -> p.line() > 0)
        .allMatch(p -> p.source().equals("test fixture"));
  }

  @Test
  void should_name_the_line_and_field_of_a_value_that_is_not_a_number() {
    String broken = minimal().replace("rate: 0.25", "rate: quarter");
    ModelLoadException e =
        catchThrowableOfType(ModelLoadException.class, () -> ModelLoader.load(broken, "m.yaml"));
    assertThat(e.line()).isEqualTo(14);
    assertThat(e.field()).isEqualTo("arms[0].survival.os.rate");
    assertThat(e.getMessage()).contains("m.yaml line 14", "must be a number", "quarter");
  }

  @Test
  void should_refuse_an_unknown_field_naming_the_ones_it_knows() {
    String typo = minimal().replace("horizonYears: 30", "horizonYear: 30");
    assertThatThrownBy(() -> ModelLoader.load(typo, "m.yaml"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("field horizonYear: is not a known field (expected one of ");
  }

  @Test
  void should_refuse_a_field_given_twice_rather_than_keep_the_last() {
    String twice = minimal().replace("horizonYears: 30", "horizonYears: 30\nhorizonYears: 40");
    assertThatThrownBy(() -> ModelLoader.load(twice, "m.yaml"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("m.yaml line 4, field horizonYears: is given twice");
  }

  @Test
  void should_name_a_missing_required_field() {
    String missing = minimal().replace("comparator: standard\n", "");
    assertThatThrownBy(() -> ModelLoader.load(missing, "m.yaml"))
        .hasMessageContaining("field comparator")
        .hasMessageContaining("is required");
  }

  @Test
  void should_refuse_a_probability_above_one_and_an_unknown_arm() {
    assertThatThrownBy(
            () -> ModelLoader.load(minimal().replace("maleShare: 0.5", "maleShare: 1.5"), "m"))
        .hasMessageContaining("population.maleShare");
    assertThatThrownBy(
            () ->
                ModelLoader.load(
                    minimal().replace("comparator: standard", "comparator: other"), "m"))
        .hasMessageContaining("names no arm");
  }

  @Test
  void should_report_broken_yaml_with_its_line() {
    assertThatThrownBy(() -> ModelLoader.load("name: x\narms: [\n  - a: b\n", "m.yaml"))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void should_refuse_an_unknown_survival_family_and_an_unknown_reference() {
    assertThatThrownBy(
            () ->
                ModelLoader.load(
                    minimal()
                        .replace(
                            "distribution: exponential, rate: 0.5",
                            "distribution: cauchy, rate: 0.5"),
                    "m"))
        .hasMessageContaining("unknown survival distribution cauchy");
    assertThatThrownBy(
            () -> ModelLoader.load(minimal().replace("rate: 0.25", "rate: {ref: nowhere}"), "m"))
        .hasMessageContaining("names no entry of the parameters block");
  }

  @Test
  void should_read_distributions_and_one_way_ranges() {
    String withPsa =
        minimal()
            .replace(
                "rate: 0.25", "rate: {value: 0.25, distribution: gamma, sd: 0.05, source: trial}");
    Parameter rate =
        ModelLoader.load(withPsa, "m").parameters().stream()
            .filter(p -> p.name().equals("arms[0].survival.os.rate"))
            .findFirst()
            .orElseThrow();
    assertThat(rate.source()).isEqualTo("trial");
    assertThat(rate.distribution()).isPresent();
    assertThat(rate.low()).isLessThan(0.25);
    assertThat(rate.high()).isGreaterThan(0.25);
  }

  @Test
  void should_evaluate_a_markov_arm_from_its_file() {
    String markov =
        minimal()
            .replace(
                "    survival:\n"
                    + "      pfs: {distribution: exponential, rate: 1.0}\n"
                    + "      os: {distribution: exponential, rate: 0.5}\n"
                    + "    utilities: {progressionFree: 0.8, progressed: 0.6}",
                "    markov:\n"
                    + "      states: [alive, dead]\n"
                    + "      transitions:\n"
                    + "        alive: {dead: 0.04}\n"
                    + "    utilities: {alive: 1.0}");
    ModelSpec spec =
        ModelLoader.load(
            markov.replace(
                "discount: {costs: 0.03, effects: 0.03}", "discount: {costs: 0, effects: 0}"),
            "m");
    ArmOutcome standard = new Scenario(spec, java.util.Optional.empty()).evaluate().arm("standard");
    // Trapezoid over 360 monthly cycles of a geometric survival (1 − 0.04)^k.
    double expected = 0;
    for (int k = 0; k < 360; k++) {
      expected += (Math.pow(0.96, k) + Math.pow(0.96, k + 1)) / 2 / 12;
    }
    assertThat(standard.lys()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(standard.qalys()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Property(tries = 200)
  void any_finite_number_written_in_a_model_is_read_back(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
    String text = minimal().replace("willingnessToPay: 100000", "willingnessToPay: " + value);
    ModelSpec spec = ModelLoader.load(text, "m");
    assertThat(spec.parameters().get(spec.willingnessToPay().index()).base()).isEqualTo(value);
  }

  @Property(tries = 300)
  void any_text_either_loads_or_is_refused_with_a_load_error(@ForAll String garbage) {
    String text = minimal().replace("currency: USD", "currency: USD\n" + garbage);
    try {
      ModelLoader.load(text, "m");
    } catch (ModelLoadException expected) {
      assertThat(expected.getMessage()).startsWith("m");
    }
  }
}
