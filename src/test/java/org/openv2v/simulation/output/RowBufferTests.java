package org.openv2v.simulation.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * patients.csv's rows are built as bytes (issue 17): each cell must read exactly as the text it
 * replaced, and words are quoted by Commons CSV's rules.
 */
class RowBufferTests {

  private static String text(RowBuffer row) {
    return new String(row.bytes(), StandardCharsets.UTF_8);
  }

  @Property(tries = 3000)
  void days_as_bytes_read_as_days_as_text(
      @ForAll @DoubleRange(min = -10, max = 2_000_000) double value) {
    RowBuffer row = new RowBuffer(1);
    PatientsCsv.days(value, row);
    assertThat(text(row)).isEqualTo(PatientsCsv.days(value));
  }

  @Test
  void days_of_none_and_odd_values_read_as_text() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0005, 1e7}) {
      RowBuffer row = new RowBuffer(1);
      PatientsCsv.days(value, row);
      assertThat(text(row)).as("%s", value).isEqualTo(PatientsCsv.days(value));
    }
  }

  @Property(tries = 2000)
  void whole_numbers_read_as_long_to_string(
      @ForAll @LongRange(min = -5, max = Long.MAX_VALUE) long n) {
    RowBuffer row = new RowBuffer(1);
    row.whole(n);
    assertThat(text(row)).isEqualTo(Long.toString(n));
  }

  @Property(tries = 2000)
  void ints_read_as_integer_to_string(@ForAll int n) {
    RowBuffer row = new RowBuffer(1);
    row.whole(n);
    assertThat(text(row)).isEqualTo(Integer.toString(n));
  }

  @Test
  void ints_at_every_count_of_digits_read_as_integer_to_string() {
    for (int n : new int[] {0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE}) {
      RowBuffer row = new RowBuffer(1);
      row.whole(n);
      row.whole((long) n);
      assertThat(text(row)).isEqualTo(n + "" + n);
    }
  }

  @Test
  void every_fraction_reads_as_three_decimals() {
    for (int t = 0; t < 1000; t++) {
      RowBuffer row = new RowBuffer(1);
      row.fraction(t);
      assertThat(text(row)).isEqualTo(String.format(Locale.ROOT, ".%03d", t));
    }
  }

  @Test
  void a_row_is_comma_separated_and_ends_in_crlf() {
    RowBuffer row = new RowBuffer(4);
    row.whole(12);
    row.separator();
    row.text("\"a, b\"".getBytes(StandardCharsets.UTF_8));
    row.separator();
    row.whole(3);
    row.fraction(7);
    row.endOfRecord();
    assertThat(text(row)).isEqualTo("12,\"a, b\",3.007\r\n");
  }
}
