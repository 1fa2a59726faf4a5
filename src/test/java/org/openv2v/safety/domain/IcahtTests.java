package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.Refusal;

/** The ICAHT vectors TV-ICAHT-E1..E10 and L1..L6 of clinical-rules §3.1. */
class IcahtTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TV-ICAHT-E1,  3000*31,                                   0,  0,  0",
    "TV-ICAHT-E2,  2000 1500 400 300 200 300 450 1200*24,     5,  0,  1",
    "TV-ICAHT-E3,  2000 1000 300*10 800*19,                   10, 0,  2",
    "TV-ICAHT-E4,  2000 300*20 900*10,                        20, 0,  3",
    "TV-ICAHT-E5,  2000 1000 50*8 300*4 900*17,               12, 8,  3",
    "TV-ICAHT-E6,  2000 50*15 300*5 900*10,                   20, 15, 4",
    "TV-ICAHT-E7,  1500 800 200*29,                           29, 0,  4",
    "TV-ICAHT-E8,  2000 300*5 600 600 300*5 900*18,           12, 0,  2",
    "TV-ICAHT-E9,  2000 300*5 600*3 300*5 900*17,             5,  0,  1",
    "TV-ICAHT-E10, 2000 500*7 501*23,                         7,  0,  2",
    "6 days at 500,        2000 500*6 900*24,                 6,  0,  1",
    "13 days at 500,       2000 500*13 900*17,                13, 0,  2",
    "14 days at 500,       2000 500*14 900*16,                14, 0,  3",
    "never above 500,      400*31,                            31, 0,  4",
    "7 days at 100,        2000 100*7 300*2 900*21,           9,  7,  3",
    "101 is not 100,       2000 101*14 900*16,                14, 0,  3",
    "onset day 4 ongoing,  2000 2000 2000 2000 300*27,        27, 0,  3",
    "onset day 3 ongoing,  2000 2000 2000 300*28,             28, 0,  4",
  })
  void should_grade_early_icaht(
      String id, String series, int longest500, int longest100, int grade) {
    Icaht.Early early = Icaht.early(series(series));
    assertThat(early.longestAtMost500()).as("≤500 days").isEqualTo(longest500);
    assertThat(early.longestAtMost100()).as("≤100 days").isEqualTo(longest100);
    assertThat(early.grade()).as(String.join("; ", early.reasons())).isEqualTo(grade);
  }

  @Test
  void should_interpolate_gaps_of_up_to_seven_days_only() {
    List<Double> shortGap = new ArrayList<>(series("2000 300"));
    shortGap.addAll(Collections.nCopies(7, null));
    shortGap.addAll(series("300 900*20"));
    assertThat(Icaht.early(shortGap).longestAtMost500()).isEqualTo(9);
    List<Double> longGap = new ArrayList<>(series("2000 300"));
    longGap.addAll(Collections.nCopies(8, null));
    longGap.addAll(series("300 900*19"));
    assertThat(Icaht.early(longGap).longestAtMost500()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TV-ICAHT-L1, 2000 1800, 0",
    "TV-ICAHT-L2, 1400 1600, 0",
    "TV-ICAHT-L3, 900 1200,  2",
    "TV-ICAHT-L4, 450 1300,  3",
    "TV-ICAHT-L5, 80 600,    4",
    "TV-ICAHT-L6, 700,       2",
    "1500 twice,  1500 1500, 1",
    "1000 twice,  1000 1400, 2",
    "100 and 500, 100 500,   4",
    "three values,1800 1200 300, 3",
  })
  void should_grade_late_icaht(String id, String values, int grade) {
    assertThat(Icaht.late(series(values)).grade()).isEqualTo(grade);
  }

  @Test
  void should_refuse_a_negative_count_naming_its_day() {
    assertThatThrownBy(() -> Icaht.early(series("2000 -5 300")))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.fieldProblems().get(0).field()).isEqualTo("ancByDay[1]"));
  }

  static List<Double> series(String text) {
    List<Double> values = new ArrayList<>();
    for (String part : text.trim().split("\\s+")) {
      String[] repeat = part.split("\\*");
      int times = repeat.length == 2 ? Integer.parseInt(repeat[1]) : 1;
      values.addAll(Collections.nCopies(times, Double.valueOf(repeat[0])));
    }
    return values;
  }

  @Test
  void should_read_the_series_notation() {
    assertThat(series("1 2*3")).isEqualTo(Arrays.asList(1.0, 2.0, 2.0, 2.0));
  }
}
