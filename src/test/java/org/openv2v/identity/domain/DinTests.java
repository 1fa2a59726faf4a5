package org.openv2v.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DinTests {

  @ParameterizedTest(name = "{0}: K {3}, Type 3 flags {4} ({5})")
  @MethodSource("org.openv2v.identity.domain.IsbtVectors#dins")
  void should_give_check_character_and_type_3_flags_of_the_published_dins(
      String text, long sum, int checksum, char k, String type3, String source) {
    Din din = Din.parse(text);
    assertThat(din.text()).isEqualTo(text);
    assertThat(din.checksum()).isEqualTo(checksum);
    assertThat(din.checkCharacter()).isEqualTo(k);
    assertThat(din.type3Flag()).isEqualTo(type3);
    // The DS001 content of clinical-rules §10.3: DIN + Type 3 flags, after the '=' identifier.
    assertThat(din.barcodeData(Flags.type3(din))).isEqualTo("=" + text + type3);
  }

  @Test
  void should_print_fin_year_and_sequence_apart() {
    Din din = new Din("A9999", 26, 1);
    assertThat(din.text()).isEqualTo("A999926000001");
    assertThat(din.yearDigits()).isEqualTo("26");
    assertThat(din.sequenceDigits()).isEqualTo("000001");
    assertThat(din.eyeReadable()).isEqualTo("A9999 26 000001");
    assertThat(din.eyeReadableWithCheck()).isEqualTo("A9999 26 000001 8");
    assertThat(new Din("G1234", 5, 42).text()).isEqualTo("G123405000042");
  }

  @Test
  void should_give_each_unit_its_flags() {
    Din din = new Din("A9999", 26, 1);
    assertThat(din.barcodeData(UnitKind.APHERESIS)).isEqualTo("=A99992600000168");
    assertThat(din.barcodeData(UnitKind.PRODUCT_1)).isEqualTo("=A99992600000101");
    assertThat(din.barcodeData(UnitKind.PRODUCT_4)).isEqualTo("=A99992600000104");
    assertThat(din.barcodeData(UnitKind.SAMPLE)).isEqualTo("=A99992600000107");
    assertThat(din.barcodeData(UnitKind.STERILITY_SAMPLE)).isEqualTo("=A99992600000110");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A9999", "A9990", "G1517", "W0000", "1AB12", "ZZ999", "N0P00"})
  void should_accept_facility_numbers(String fin) {
    assertThat(Din.isFacility(fin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "O1234", // α is never O (ST-001 §2.4.1)
        "01234", // nor 0
        "AO123", // O not allowed in pppp either
        "A12B4", // positions 3-4 of pppp are digits
        "a9999", "A999", "A99999", ""
      })
  void should_refuse_what_is_not_a_facility_number(String fin) {
    assertThat(Din.isFacility(fin)).isFalse();
    assertThatThrownBy(() -> new Din(fin, 26, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Facility Identification Number");
  }

  @ParameterizedTest
  @CsvSource({"-1, 1", "100, 1", "26, -1", "26, 1000000"})
  void should_refuse_years_and_sequences_that_do_not_fit(int year, int sequence) {
    assertThatThrownBy(() -> new Din("A9999", year, sequence))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_parse_only_a_valid_bare_din() {
    assertThat(Din.parse("A9999 26 000001")).isEqualTo(new Din("A9999", 26, 1));
    assertThatThrownBy(() -> Din.parse("O12341765432 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad character 'O' at position 1");
    assertThatThrownBy(() -> Din.parse("A9999260000018"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a bare 13-character DIN");
  }
}
