package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.custody.domain.WitnessCheck.WitnessProblem;

class WitnessCheckTests {

  static Stream<Arguments> beforePassword() {
    return Stream.of(
        Arguments.of(true, Optional.empty(), Optional.of(WitnessProblem.WITNESS_NEEDED)),
        Arguments.of(false, Optional.empty(), Optional.empty()),
        Arguments.of(true, Optional.of("nurse"), Optional.of(WitnessProblem.SELF_WITNESS)),
        Arguments.of(false, Optional.of("nurse"), Optional.of(WitnessProblem.SELF_WITNESS)),
        Arguments.of(true, Optional.of("physician"), Optional.empty()),
        Arguments.of(false, Optional.of("physician"), Optional.empty()));
  }

  @ParameterizedTest(name = "required={0}, witness={1} -> {2}")
  @MethodSource("beforePassword")
  void should_refuse_a_missing_or_self_witness_before_any_password(
      boolean required, Optional<String> witness, Optional<WitnessProblem> want) {
    assertThat(WitnessCheck.beforePassword(required, witness, "nurse")).isEqualTo(want);
  }

  static Stream<Arguments> ofWitness() {
    return Stream.of(
        Arguments.of(true, true, Optional.empty()),
        Arguments.of(true, false, Optional.of(WitnessProblem.NOT_AT_SITE)),
        Arguments.of(false, true, Optional.of(WitnessProblem.ROLE_MAY_NOT_WITNESS)),
        Arguments.of(false, false, Optional.of(WitnessProblem.ROLE_MAY_NOT_WITNESS)));
  }

  @ParameterizedTest(name = "role may witness={0}, at site={1} -> {2}")
  @MethodSource("ofWitness")
  void should_check_the_witness_role_before_the_site(
      boolean roleMayWitness, boolean atSite, Optional<WitnessProblem> want) {
    assertThat(WitnessCheck.ofWitness(roleMayWitness, atSite)).isEqualTo(want);
  }
}
