package org.openv2v.simulation.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** patients.csv's days are formatted without BigDecimal, and must read exactly as before. */
class DaysFormatTests {

  private static String reference(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  @Property(tries = 5000)
  void days_read_as_bigdecimal_rounding_half_up(
      @ForAll @DoubleRange(min = -10, max = 200_000) double value) {
    assertThat(PatientsCsv.days(value)).isEqualTo(reference(value));
  }

  @Property(tries = 2000)
  void any_finite_value_reads_the_same(@ForAll double value) {
    if (Double.isFinite(value)) {
      assertThat(PatientsCsv.days(value)).isEqualTo(reference(value));
    }
  }

  /** Values a few ulps from a half-thousandth, where rounding depends on the decimal digits. */
  @Property(tries = 3000)
  void values_next_to_a_half_thousandth_read_the_same(
      @ForAll @IntRange(min = 0, max = 999_999_999) int thousandths,
      @ForAll @IntRange(min = -4, max = 4) int ulps) {
    double value = (thousandths + 0.5) / 1000;
    for (int i = 0; i < Math.abs(ulps); i++) {
      value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
    }
    assertThat(PatientsCsv.days(value)).as("%s", value).isEqualTo(reference(value));
  }

  @Test
  void carries_and_halves_and_tiny_values() {
    for (double value :
        new double[] {
          0,
          -0.0,
          9.9995,
          9.9994,
          99.99951,
          0.0005,
          0.0004999,
          1e-4,
          12.5,
          1234567.8915,
          1e7,
          123456789.123456,
          0.9999999,
          365.0,
          730.12345
        }) {
      assertThat(PatientsCsv.days(value)).as("%s", value).isEqualTo(reference(value));
    }
    assertThat(PatientsCsv.days(Double.NaN)).isEmpty();
  }
}
