package org.openv2v.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Mod37Radix2Tests {

  @ParameterizedTest(name = "{0} -> {3} ({5})")
  @MethodSource("org.openv2v.identity.domain.IsbtVectors#dins")
  void should_compute_the_published_check_character(
      String din, long sum, int checksum, char k, String type3, String source) {
    assertThat(Mod37Radix2.checksum(din)).isEqualTo(checksum);
    assertThat(Mod37Radix2.checkCharacter(din)).isEqualTo(k);
    assertThat(Mod37Radix2.isValid(din + k)).isTrue();
  }

  @ParameterizedTest(name = "{0}: weighted method S = {1}")
  @MethodSource("org.openv2v.identity.domain.IsbtVectors#dins")
  void should_agree_with_the_weighted_method_of_appendix_a1(
      String din, long sum, int checksum, char k, String type3, String source) {
    if (sum > 0) {
      assertThat(IsbtVectors.weightedSum(din)).isEqualTo(sum);
    }
    assertThat(IsbtVectors.weightedChecksum(din)).isEqualTo(checksum);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Generic MOD 37-2 vectors, not DINs: jacoelho/go-iso7064 modulo37radix2_test.go [S]
    "LMOSBYFCTRSSJCB3X6U9DUBLKNIH03FO6X963TGXYAHG, *",
    "G7N286AL39FFQNU6BH8SMJB5VGMBCB6WPGMWJK800VU7K, P",
  })
  void should_compute_generic_iso_7064_vectors(String data, char k) {
    assertThat(Mod37Radix2.checkCharacter(data)).isEqualTo(k);
  }

  @ParameterizedTest(name = "{0} is not valid")
  @CsvSource({
    "G123417654321B", // clinical-rules §10.3: correct K is A
    "G123489654322Y", // node-iso7064 negative vector
    "G123417654322A", // single substitution: K would be 8
    "G123417654312A", // adjacent transposition: K would be C
    "1G23417654321A", // adjacent transposition: K would be U
    "g123417654321A", // lower case is outside the alphabet (ST-001 §7.5.1)
    "A",
  })
  void should_reject_negative_vectors(String text) {
    assertThat(Mod37Radix2.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"G123417654322, 8", "G123417654312, C", "1G23417654321, U"})
  void should_give_the_check_characters_the_reference_names_for_the_altered_dins(
      String data, char k) {
    assertThat(Mod37Radix2.checkCharacter(data)).isEqualTo(k);
  }

  @ParameterizedTest
  @CsvSource({"g123417654321", "A9999-26", "A9999 26"})
  void should_refuse_characters_outside_the_alphabet(String data) {
    assertThatThrownBy(() -> Mod37Radix2.checksum(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a MOD 37-2 character");
  }
}
