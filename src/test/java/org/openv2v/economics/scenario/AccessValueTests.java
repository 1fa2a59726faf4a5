package org.openv2v.economics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value of faster access (issue 12 item 7), on the model's own wait. */
class AccessValueTests {

  final ModelSpec spec = BuiltInModels.load("korea-tisacel-dlbcl");

  @Test
  void should_lose_infusions_life_years_and_qalys_as_the_delay_grows() {
    List<AccessValue.Row> rows =
        AccessValue.sweep(spec, List.of(0.0, 15.0, 30.0, 60.0), d -> Optional.empty(), 0, 1);
    assertThat(rows).extracting(AccessValue.Row::delayDays).containsExactly(0.0, 15.0, 30.0, 60.0);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).fractionInfused()).isLessThan(rows.get(i - 1).fractionInfused());
      assertThat(rows.get(i).lys()).isLessThan(rows.get(i - 1).lys());
      assertThat(rows.get(i).qalys()).isLessThan(rows.get(i - 1).qalys());
      assertThat(rows.get(i).waitDays())
          .isEqualTo(
              rows.get(i - 1).waitDays() + (rows.get(i).delayDays() - rows.get(i - 1).delayDays()));
    }
    // No delay: the base case of the model.
    ScenarioResult base = new Scenario(spec, Optional.empty()).evaluate();
    assertThat(rows.get(0).qalys()).isEqualTo(base.arm("tisa-cel").qalys());
    assertThat(rows.get(0).netMonetaryBenefit()).isEqualTo(base.comparison().netMonetaryBenefit());
    assertThat(rows.get(0).nmbInterval().low()).isEmpty();
  }

  @Test
  void should_give_a_psa_interval_around_each_delay_that_keeps_the_delay() {
    List<AccessValue.Row> rows =
        AccessValue.sweep(spec, List.of(0.0, 90.0), d -> Optional.empty(), 200, 3);
    for (AccessValue.Row r : rows) {
      assertThat(r.qalysInterval().low().getAsDouble())
          .isLessThan(r.qalys())
          .isLessThan(r.qalysInterval().high().getAsDouble());
      assertThat(r.nmbInterval().low().getAsDouble())
          .isLessThan(r.nmbInterval().high().getAsDouble());
    }
    // A 90-day delay moves the whole interval of QALYs down.
    assertThat(rows.get(1).qalysInterval().high().getAsDouble())
        .isLessThan(rows.get(0).qalysInterval().high().getAsDouble());
  }

  @Test
  void should_refuse_a_model_without_intention_to_treat() {
    assertThatThrownBy(
            () ->
                AccessValue.sweep(
                    BuiltInModels.load("us-axicel-site-of-care"),
                    List.of(0.0),
                    d -> Optional.empty(),
                    0,
                    1))
        .hasMessageContaining("no intentionToTreat block");
  }
}
