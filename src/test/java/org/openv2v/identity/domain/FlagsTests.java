package org.openv2v.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Flag values of ST-001 Table 3 [RT004] (clinical-rules §10.1) and OpenV2V's units. */
class FlagsTests {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "00, NOT_USED, flags not used",
    "01, CONTAINER, container 1 of a set",
    "04, CONTAINER, container 4 of a set",
    "05, PROCESS_CONTROL, second (repeated) demand-printed label",
    "06, PROCESS_CONTROL, pilot tube label",
    "07, PROCESS_CONTROL, test tube label",
    "08, PROCESS_CONTROL, donor record label",
    "09, PROCESS_CONTROL, sample tube for NAT",
    "10, PROCESS_CONTROL, samples for bacterial testing",
    "11, PROCESS_CONTROL, match with unit label",
    "12, PROCESS_CONTROL, affixed partial label",
    "13, PROCESS_CONTROL, attached label (with affixed partial label)",
    "14, RESERVED, 'reserved by ISBT 128, not in use'",
    "15, CONTAINER, container 5 of a set",
    "19, CONTAINER, container 9 of a set",
    "20, LOCAL, locally defined (Type 2): meaningful only at the facility that defined it",
    "59, LOCAL, locally defined (Type 2): meaningful only at the facility that defined it",
    "60, CHECK, Type 3: MOD 37-2 check of the DIN",
    "96, CHECK, Type 3: MOD 37-2 check of the DIN",
    "97, RESERVED, 'reserved by ISBT 128, not in use'",
    "99, RESERVED, 'reserved by ISBT 128, not in use'",
    "A1, RESERVED, 'reserved by ISBT 128, not in use'",
    "YY, RESERVED, 'reserved by ISBT 128, not in use'",
  })
  void should_classify_flags_as_table_3_does(String text, Flags.Type type, String meaning) {
    Flags flags = new Flags(text);
    assertThat(flags.type()).isEqualTo(type);
    assertThat(flags.meaning()).isEqualTo(meaning);
  }

  @ParameterizedTest
  @CsvSource({"1, 01", "4, 04", "5, 15", "9, 19"})
  void should_number_containers_of_a_set(int n, String text) {
    assertThat(Flags.container(n).text()).isEqualTo(text);
    assertThat(new Flags(text).container()).isEqualTo(OptionalInt.of(n));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "000", "0I", "O0", "Q1", "Z2", "0a", "**"})
  void should_refuse_characters_flags_never_have(String text) {
    assertThatThrownBy(() -> new Flags(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_check_type_3_flags_against_their_din() {
    Din din = Din.parse("G123417654321");
    assertThat(new Flags("70").checks(din)).isTrue(); // ST-001 A.2
    assertThat(new Flags("71").checks(din)).isFalse();
    assertThat(new Flags("01").checks(din)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(UnitKind.class)
  void should_read_each_unit_back_from_its_flags(UnitKind unit) {
    Din din = new Din("A9999", 26, 123);
    assertThat(UnitKind.of(unit.flags(din))).contains(unit);
  }

  @Test
  void should_tell_product_bags_from_the_apheresis_bag_and_samples() {
    assertThat(UnitKind.PRODUCT_3.productBag()).contains(3);
    assertThat(UnitKind.product(2)).isEqualTo(UnitKind.PRODUCT_2);
    assertThat(UnitKind.APHERESIS.productBag()).isEmpty();
    assertThat(UnitKind.SAMPLE.isProduct()).isFalse();
    assertThat(UnitKind.of(Flags.NOT_USED)).isEqualTo(Optional.empty());
    assertThat(UnitKind.of(new Flags("25"))).isEmpty();
    assertThat(UnitKind.of(new Flags("15"))).isEmpty();
    assertThatThrownBy(() -> UnitKind.product(5)).isInstanceOf(IllegalArgumentException.class);
  }
}
