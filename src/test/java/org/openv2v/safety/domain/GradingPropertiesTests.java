package org.openv2v.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Grades never fall when a finding gets worse, and valid input never throws. */
class GradingPropertiesTests {

  @Property
  void crs_grade_never_falls_when_oxygen_or_blood_pressure_support_increases(
      @ForAll @DoubleRange(min = 35.0, max = 42.0) double temperature,
      @ForAll boolean prior,
      @ForAll boolean antipyretic,
      @ForAll Hypotension hypotension,
      @ForAll OxygenSupport oxygen) {
    int grade = crs(temperature, prior, antipyretic, hypotension, oxygen);
    assertThat(grade).isBetween(0, 4);
    if (hypotension.ordinal() < Hypotension.values().length - 1) {
      assertThat(
              crs(
                  temperature,
                  prior,
                  antipyretic,
                  Hypotension.values()[hypotension.ordinal() + 1],
                  oxygen))
          .isGreaterThanOrEqualTo(grade);
    }
    assertThat(
            crs(temperature, prior, antipyretic, hypotension, OxygenSupport.MECHANICAL_VENTILATION))
        .isGreaterThanOrEqualTo(grade);
    assertThat(crs(Math.max(temperature, 38.0), prior, antipyretic, hypotension, oxygen))
        .isGreaterThanOrEqualTo(grade);
  }

  @Property
  void icans_grade_never_falls_when_the_ice_score_falls(
      @ForAll @IntRange(min = 1, max = 10) int ice,
      @ForAll Consciousness consciousness,
      @ForAll Seizure seizure,
      @ForAll MotorFinding motor,
      @ForAll CerebralEdema edema) {
    int grade = icans(ice, consciousness, seizure, motor, edema);
    assertThat(grade).isBetween(0, 4);
    assertThat(icans(ice - 1, consciousness, seizure, motor, edema)).isGreaterThanOrEqualTo(grade);
  }

  @Property
  void early_icaht_never_falls_when_a_count_falls(
      @ForAll("series") List<Double> anc, @ForAll @IntRange(min = 0, max = 30) int day) {
    int grade = Icaht.early(anc).grade();
    assertThat(grade).isBetween(0, 4);
    List<Double> lower = new java.util.ArrayList<>(anc);
    lower.set(day, lower.get(day) / 10);
    assertThat(Icaht.early(lower).longestAtMost500())
        .isGreaterThanOrEqualTo(Icaht.early(anc).longestAtMost500());
  }

  @Property
  void hematotox_stays_within_0_to_7(
      @ForAll @DoubleRange(min = 0, max = 600) double platelets,
      @ForAll @DoubleRange(min = 0, max = 20000) double anc,
      @ForAll @DoubleRange(min = 1, max = 20) double hb,
      @ForAll @DoubleRange(min = 0, max = 50) double crp,
      @ForAll @DoubleRange(min = 0, max = 10000) double ferritin) {
    assertThat(CarHematotox.score(platelets, anc, hb, crp, CrpUnit.MG_DL, ferritin).score())
        .isBetween(0, 7);
  }

  @Property
  void tocilizumab_never_exceeds_800_mg(@ForAll @DoubleRange(min = 1, max = 350) double weight) {
    assertThat(TocilizumabDose.forWeight(weight).doseMg()).isBetween(0.0, 800.0);
  }

  @Provide
  Arbitrary<List<Double>> series() {
    return Arbitraries.of(50.0, 300.0, 500.0, 501.0, 900.0, 3000.0).list().ofSize(31);
  }

  private static int crs(
      double temperature,
      boolean prior,
      boolean antipyretic,
      Hypotension hypotension,
      OxygenSupport oxygen) {
    return CrsGrading.grade(
            new CrsFindings(
                temperature,
                false,
                prior,
                antipyretic,
                hypotension,
                false,
                oxygen,
                Optional.empty(),
                false),
            RuleSettings.defaults())
        .value();
  }

  private static int icans(
      int ice,
      Consciousness consciousness,
      Seizure seizure,
      MotorFinding motor,
      CerebralEdema edema) {
    return IcansGrading.grade(
            new IcansFindings(
                40,
                Optional.of(ice),
                false,
                Optional.empty(),
                false,
                consciousness,
                false,
                seizure,
                motor,
                edema,
                false),
            RuleSettings.defaults())
        .value();
  }
}
