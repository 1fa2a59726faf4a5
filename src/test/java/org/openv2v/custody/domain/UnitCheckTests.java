package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitCheckTests {

  static final String DIN = "A999926000001";
  static final String OTHER = "A999926000002";

  static UnitCheck.ReadUnit read(String unit, String din) {
    return new UnitCheck.ReadUnit(unit, Optional.of(din), "");
  }

  static UnitCheck.ReadUnit unreadable(String unit, String why) {
    return new UnitCheck.ReadUnit(unit, Optional.empty(), why);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no units", Optional.of(DIN), List.of(), List.of(), ""),
        Arguments.of(
            "this case's units",
            Optional.of(DIN),
            List.of(read("=A99992600000100", DIN), read("=A99992600000107", DIN)),
            List.of(),
            ""),
        Arguments.of(
            "a unit of another case",
            Optional.of(DIN),
            List.of(read("U1", DIN), read("U2", OTHER)),
            List.of(UnitCheck.Kind.OTHER_CASE),
            "Unit U2 carries DIN " + OTHER + ", not this case's DIN " + DIN + "."),
        Arguments.of(
            "an unreadable scan",
            Optional.of(DIN),
            List.of(unreadable("XYZ", "is not a DIN")),
            List.of(UnitCheck.Kind.UNREADABLE),
            "Unit XYZ is not a DIN."),
        Arguments.of(
            "a case with no DIN yet",
            Optional.empty(),
            List.of(read("U1", DIN)),
            List.of(UnitCheck.Kind.NO_CASE_DIN),
            "Case CASE-7 has no DIN yet to check unit U1."),
        Arguments.of(
            "every problem named, in scan order",
            Optional.of(DIN),
            List.of(unreadable("XYZ", "is not a DIN"), read("U2", OTHER), read("U3", DIN)),
            List.of(UnitCheck.Kind.UNREADABLE, UnitCheck.Kind.OTHER_CASE),
            "Unit XYZ is not a DIN. Unit U2 carries DIN "
                + OTHER
                + ", not this case's DIN "
                + DIN
                + "."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_name_every_unit_that_is_not_this_cases(
      String name,
      Optional<String> caseDin,
      List<UnitCheck.ReadUnit> scanned,
      List<UnitCheck.Kind> kinds,
      String reason) {
    List<UnitCheck.UnitProblem> problems = UnitCheck.check("CASE-7", caseDin, scanned);
    assertThat(problems).extracting(UnitCheck.UnitProblem::kind).containsExactlyElementsOf(kinds);
    assertThat(UnitCheck.reason(problems)).isEqualTo(reason);
  }
}
