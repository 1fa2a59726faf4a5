package org.openv2v.simulation.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.openv2v.simulation.reference.ReferenceVocabulary;

class ScenarioReaderTests {

  static final java.util.List<String> BUILT_IN = BuiltInScenarios.NAMES;

  private final ScenarioReader reader = new ScenarioReader(ReferenceVocabulary.get());

  @ParameterizedTest
  @FieldSource("BUILT_IN")
  void should_load_every_built_in_scenario(String name) {
    NetworkScenario scenario = BuiltInScenarios.load(name, ReferenceVocabulary.get());
    assertThat(scenario.name()).isEqualTo(name);
    assertThat(scenario.arrivals()).isNotEmpty();
  }

  @Test
  void should_use_the_platforms_product_and_sites() {
    NetworkScenario korea = BuiltInScenarios.load("korea-2023", ReferenceVocabulary.get());
    assertThat(korea.product()).isEqualTo("tisa-cel");
    assertThat(korea.manufacturing().site()).isEqualTo("US-NVS-MP");
    assertThat(korea.centres())
        .extracting(NetworkScenario.Centre::site)
        .contains("KR-SNUH", "KR-SMC");
    assertThat(korea.arrivals().stream().mapToDouble(NetworkScenario.Arrivals::perYear).sum())
        .isCloseTo(200, org.assertj.core.api.Assertions.within(1e-9));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "  slotsPerWeek: 4 |  slotsPerWeek: 0 | manufacturing.slotsPerWeek must be > 0",
        "  slotsPerWeek: 4 |  slotsPerWeek: four | manufacturing.slotsPerWeek must be a number",
        "product: tisa-cel  | product: xyz-cel | product 'xyz-cel' is not a product code",
        "  failureFraction: 0.042 |  failureFraction: 1.5 | manufacturing.failureFraction must be a"
            + " fraction",
        "  site: US-NVS-MP |  site: KR-SNUH | manufacturing.site 'KR-SNUH' is not a manufacturing",
        "  sessionDays: 1 |  sessionDays: 0 | apheresis.sessionDays must be > 0 days",
        "  sessionDays: 1 |  sessionDays: {lognormal: {median: 1}} | apheresis.sessionDays.lognormal"
            + ".sigma is required",
        "  sessionDays: 1 |  sessionDays: 1\\n  chairs: 2 | apheresis.chairs is not a known field",
        "  - {site: KR-SNUH, apheresisChairs: 1, beds: 3} |  - {site: KR-NOPE, apheresisChairs: 1,"
            + " beds: 3} | centres[0].site 'KR-NOPE' is not a site"
      })
  void should_name_the_line_and_field_of_a_mistake(String from, String to, String message) {
    String yaml = BuiltInScenarios.text("korea-2023").orElseThrow();
    String replacement = to.replace("\\n", "\n");
    int at = yaml.indexOf(from);
    assertThat(at).isNotNegative();
    String broken = yaml.substring(0, at) + replacement + yaml.substring(at + from.length());
    int line =
        lineOf(yaml.substring(0, at)) + (int) replacement.chars().filter(c -> c == '\n').count();

    assertThatThrownBy(() -> reader.read("korea-2023.yaml", broken))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("korea-2023.yaml line " + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void an_indication_without_its_own_hazards_gets_the_calibrated_default() {
    String yaml = BuiltInScenarios.text("korea-2023").orElseThrow();
    String without = yaml.replaceFirst("  B-ALL: \\{progressionPerDay[^\\n]*\\n", "");
    NetworkScenario scenario = reader.read("k.yaml", without);
    assertThat(scenario.hazards().get("B-ALL"))
        .isEqualTo(IndicationDefaults.get().hazards("B-ALL"))
        .isEqualTo(new NetworkScenario.Hazards(0.00084, 0.00196, 1));
    assertThat(scenario.hazards().get("DLBCL"))
        .isEqualTo(new NetworkScenario.Hazards(0.00355, 0.0038, 0.7));
  }

  @Test
  void should_say_which_indication_lacks_hazards_when_it_has_no_default() {
    String yaml =
        BuiltInScenarios.text("trial-transcend")
            .orElseThrow()
            .replace("indication: DLBCL", "indication: CLL");
    assertThatThrownBy(() -> reader.read("t.yaml", yaml))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("t.yaml line 15: ")
        .hasMessageContaining(
            "arrivals[0].indication needs a hazards entry for CLL (it has no default)");
  }

  @Test
  void scenarios_without_population_or_trial_still_load_and_get_default_demographics() {
    NetworkScenario korea =
        reader.read("korea-2023.yaml", BuiltInScenarios.text("korea-2023").orElseThrow());
    assertThat(korea.trial()).isNull();
    assertThat(korea.populationOf("DLBCL"))
        .isEqualTo(new NetworkScenario.Population(63, 18, 86, 0.35));
    assertThat(korea.populationOf("B-ALL"))
        .isEqualTo(new NetworkScenario.Population(11, 3, 23, 0.43));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "warmupDays: 365|warmupDays: 365\\npopulation: {DLBCL: {medianAge: 70, minAge: 80, maxAge: 90, femaleFraction: 0.4}}|population.DLBCL needs minAge <= medianAge <= maxAge <= 120",
        "warmupDays: 365|warmupDays: 365\\npopulation: {MM: {medianAge: 60, minAge: 40, maxAge: 80, femaleFraction: 0.4}}|population.MM 'MM' is not an indication of the product",
        "warmupDays: 365|warmupDays: 365\\npopulation: {DLBCL: {medianAge: 60, minAge: 40, maxAge: 80, femaleFraction: 1.4}}|population.DLBCL.femaleFraction must be a fraction between 0 and 1",
        "warmupDays: 365|warmupDays: 365\\npopulation: {DLBCL: {medianAge: 60, minAge: 40, maxAge: 80}}|population.DLBCL.femaleFraction is required",
        "warmupDays: 365|warmupDays: 365\\ntrial: {name: X, enrolled: 10, notInfused: 12, use: validation, source: s}|trial.notInfused must not exceed enrolled",
        "warmupDays: 365|warmupDays: 365\\ntrial: {name: X, enrolled: 10, notInfused: 2, use: fitting, source: s}|trial.use must be calibration or validation",
      })
  void new_fields_are_refused_with_their_line_and_field(String from, String to, String message) {
    should_name_the_line_and_field_of_a_mistake(from, to, message);
  }

  @Test
  void should_report_broken_yaml_with_its_line() {
    assertThatThrownBy(() -> reader.read("bad.yaml", "name: x\nproduct: [tisa-cel\n"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("bad.yaml line ")
        .hasMessageContaining("not valid YAML");
  }

  @Property(tries = 300)
  void any_edit_of_a_scenario_either_loads_or_is_refused_with_a_located_message(
      @ForAll("edits") String edited) {
    try {
      reader.read("edited.yaml", edited);
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).startsWith("edited.yaml");
    }
  }

  @Provide
  Arbitrary<String> edits() {
    String yaml = BuiltInScenarios.text("korea-2023").orElseThrow();
    Arbitrary<Integer> at = Arbitraries.integers().between(0, yaml.length() - 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("{}[]:-, #'\"\n0123456789.abcxyz").ofMaxLength(6),
            Arbitraries.of("-1", "0", "1e309", "NaN", "null", "~", "&a", "*a", "!!str"));
    return net.jqwik.api.Combinators.combine(at, length, insert)
        .as(
            (start, cut, text) ->
                yaml.substring(0, start)
                    + text
                    + yaml.substring(Math.min(yaml.length(), start + cut)));
  }

  /** The line on which text that follows {@code before} starts. */
  private static int lineOf(String before) {
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
